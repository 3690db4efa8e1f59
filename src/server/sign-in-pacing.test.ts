import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { signInPacing } from './sign-in-pacing.js';

describe('signInPacing', () => {
  it('starts at most its number of sign-ins per turn of the event loop, in order of arrival', async () => {
    // Counts the loop's turns: an immediate that queues the next one runs once per turn.
    let turn = 0;
    let counting = true;
    const count = () => {
      turn++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);

    const started: Array<{ i: number; turn: number }> = [];
    const app = new Hono();
    app.use('/login', signInPacing(3));
    app.post('/login', async (c) => {
      started.push({ i: Number(c.req.query('i')), turn });
      return c.body(null, 204);
    });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => app.request(`/login?i=${i}`, { method: 'POST' })),
    );
    counting = false;

    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(204));
    expect(started.map((s) => s.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const perTurn = new Map<number, number>();
    for (const s of started) perTurn.set(s.turn, (perTurn.get(s.turn) ?? 0) + 1);
    expect([...perTurn.values()]).toEqual([3, 3, 3, 1]);
  });

  it('starts a sign-in with no burst ahead of it at once', async () => {
    const app = new Hono();
    app.use('/login', signInPacing(3));
    app.post('/login', (c) => c.body(null, 204));
    for (let i = 0; i < 5; i++) {
      let ranInSameTurn = true;
      setImmediate(() => {
        ranInSameTurn = false;
      });
      expect((await app.request('/login', { method: 'POST' })).status).toBe(204);
      expect(ranInSameTurn).toBe(true);
      // The next sign-in comes a turn later, as a lone user's would.
      await new Promise((r) => setImmediate(r));
    }
  });
});
