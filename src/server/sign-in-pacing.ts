import type { MiddlewareHandler } from 'hono';

/** Sign-ins that may start between two polls for I/O; 10 refusals are 2 to 5 ms of a small server's work. */
export const SIGN_INS_PER_TURN = 10;

/**
 * Lets at most `perTurn` sign-in requests start per turn of the event loop; the others wait, in
 * order of arrival, for the following turns. Node handles every socket that became readable in
 * one go, so 200 sign-ins sent at once were all validated, throttled and answered before the loop
 * looked at any other socket: a page or a health check arriving meanwhile waited for the whole
 * burst (200 ms and more on two busy cores). Between two groups the loop now polls for I/O and
 * answers those requests. The order of arrival is kept, so the throttle counts attempts as before;
 * a sign-in with no burst ahead of it starts at once.
 */
export function signInPacing(perTurn = SIGN_INS_PER_TURN): MiddlewareHandler {
  let startedThisTurn = 0;
  let turnScheduled = false;
  const waiting: Array<() => void> = [];

  const scheduleTurn = () => {
    if (turnScheduled) return;
    turnScheduled = true;
    // An immediate runs after the loop's poll for I/O: other requests are read and answered first.
    setImmediate(nextTurn);
  };
  const nextTurn = () => {
    turnScheduled = false;
    startedThisTurn = 0;
    while (startedThisTurn < perTurn && waiting.length > 0) {
      startedThisTurn++;
      waiting.shift()?.();
    }
    // Once more after a group started, to open the turn after it.
    if (startedThisTurn > 0) scheduleTurn();
  };

  return async (_c, next) => {
    if (startedThisTurn < perTurn && waiting.length === 0) {
      startedThisTurn++;
      scheduleTurn();
    } else {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        scheduleTurn();
      });
    }
    await next();
  };
}
