import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteFile, type Store } from './db.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

describe('the SQLite log checkpointer', () => {
  let dir: string;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies committed writes into the database file from its thread, where connections leave them in the log', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gantry-wal-'));
    const file = join(dir, 'gantry.db');
    store = openSqliteFile(file);
    const db = store.sqlite as NonNullable<Store['sqlite']>;
    db.exec('create table filler (id integer primary key, body text not null)');
    const insert = db.prepare('insert into filler (body) values (?)');
    // 4 MB in 1,000 commits: under the connection's own 40 MB threshold, so all of it stays in the log.
    for (let i = 0; i < 1000; i++) insert.run('x'.repeat(4000));
    const size = () => statSync(file).size;
    expect(size()).toBeLessThan(1_000_000);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(4_000_000);

    const errors: string[] = [];
    const checkpointer = startWalCheckpointer(file, (m) => errors.push(m));
    const deadline = Date.now() + 10_000;
    while (size() < 4_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await checkpointer.close();
    expect(size()).toBeGreaterThan(4_000_000);
    expect(errors).toEqual([]);
  });

  it('reports a file it cannot open, and closes all the same', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gantry-wal-'));
    const errors: string[] = [];
    const checkpointer = startWalCheckpointer(join(dir, 'missing', 'gantry.db'), (m) => errors.push(m));
    const deadline = Date.now() + 10_000;
    while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(errors.join()).toMatch(/directory does not exist|unable to open/i);
    await checkpointer.close();
  });
});
