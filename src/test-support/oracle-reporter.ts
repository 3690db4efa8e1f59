import type { Reporter, TestModule } from 'vitest/node';
import { ORACLE_DIR, ORACLE_TAG, oracleHas } from './oracle.js';

/**
 * Adds one line to the run's summary when tests that need the outside oracle were skipped, so a
 * green run without ../shared/oracle does not pass for a run that measured fidelity.
 */
export default class OracleReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    const files = new Set<string>();
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        if (!test.fullName.includes(ORACLE_TAG)) continue;
        skipped++;
        files.add(module.moduleId);
      }
    }
    // With the oracle present, skips come from filters (-t) or a test's own condition: nothing to say.
    if (skipped === 0 || oracleHas()) return;
    const why = `${ORACLE_DIR} not found; set GANTRY_ORACLE_DIR to the shared oracle folder`;
    console.log(`\n  Oracle: ${skipped} tests in ${files.size} file${files.size === 1 ? '' : 's'} skipped (${why})\n`);
  }
}
