import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The outside oracles (MS Project, P6 and PSPLIB files written by others) live beside the
 * repository, never in it: `<repo>/../shared/oracle`, wherever the repository is cloned (CI clones
 * it next to a shared/ folder). GANTRY_ORACLE_DIR points elsewhere, e.g. from a git worktree.
 * Tests that need it put ORACLE_TAG in their suite's name, so the oracle reporter can say in the
 * run's summary how many were skipped and why.
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The oracle folder (absolute). */
export const ORACLE_DIR = process.env.GANTRY_ORACLE_DIR
  ? resolve(process.env.GANTRY_ORACLE_DIR)
  : resolve(REPO_ROOT, '../shared/oracle');

/** Marks a suite that runs only when the oracle is present. */
export const ORACLE_TAG = '[needs ../shared/oracle]';

/** A path inside the oracle folder. */
export const oraclePath = (...parts: string[]): string => join(ORACLE_DIR, ...parts);

/** Whether the oracle holds this file or folder (the folder itself when no parts are given). */
export const oracleHas = (...parts: string[]): boolean => existsSync(oraclePath(...parts));
