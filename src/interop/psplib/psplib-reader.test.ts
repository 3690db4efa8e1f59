import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRcpsp } from '../../core/leveling/rcpsp/problem.js';
import { solveRcpsp } from '../../core/leveling/rcpsp/solve.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { PSPLIB_LIMITS, readPsplib } from './psplib-reader.js';

/** A four-job instance in PSPLIB's layout (1 and 4 are the dummy source and sink). */
const SMALL = `************************************************************************
file with basedata            : test.bas
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  4
horizon                       :  20
RESOURCES
  - renewable                 :  2   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           4
   4        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1  R 2
------------------------------------------------------------------------
  1      1     0       0    0
  2      1     3       2    1
  3      1     2       1    1
  4      1     0       0    0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1  R 2
    2    4
************************************************************************
`;

describe('PSPLIB reader', () => {
  it('reads jobs, successors, durations, requests and capacities', () => {
    const { input, jobs } = readPsplib(SMALL);
    expect(jobs).toEqual([1, 2, 3, 4]);
    expect(input.capacities).toEqual([2, 4]);
    expect(input.activities.map((a) => a.duration)).toEqual([0, 3, 2, 0]);
    expect(input.activities[1]!.demands).toEqual([2, 1]);
    expect(input.links).toEqual([
      { from: 0, to: 1 },
      { from: 0, to: 2 },
      { from: 1, to: 3 },
      { from: 2, to: 3 },
    ]);
    // Jobs 2 and 3 together need 3 units of R 1 (capacity 2): one after the other.
    expect(solveRcpsp(compileRcpsp(input), { schedules: 20 }).makespan).toBe(5);
  });

  const broken: [string, string, RegExp][] = [
    [
      'a letter in a number',
      SMALL.replace('  2      1     3 ', '  2      1     x '),
      /line 23: expected whole numbers, got "x"/,
    ],
    [
      'a successor that is no job',
      SMALL.replace('   2        1          1           4', '   2        1          1           9'),
      /line 15: successor 9 of job 2 is not a job/,
    ],
    [
      'a wrong successor count',
      SMALL.replace('   1        1          2           2   3', '   1        1          3           2   3'),
      /line 14: expected job, modes, successor count/,
    ],
    [
      'a missing request column',
      SMALL.replace('  3      1     2       1    1', '  3      1     2       1'),
      /line 24: expected job, mode, duration and 2 requests/,
    ],
    [
      'a job listed twice',
      SMALL.replace('  4      1     0       0    0', '  3      1     0       0    0'),
      /line 25: job 3 is listed twice/,
    ],
    [
      'a job without requests',
      SMALL.replace(/ {2}4 {6}1 {5}0 {7}0 {4}0\n/, ''),
      /job 4 has no REQUESTS\/DURATIONS line/,
    ],
    [
      'multi-mode jobs',
      SMALL.replace('   2        1          1           4', '   2        2          1           4'),
      /line 15: job 2 has 2 modes/,
    ],
    [
      'non-renewable resources',
      SMALL.replace('nonrenewable              :  0', 'nonrenewable              :  1'),
      /line 9: only renewable/,
    ],
    ['no capacities', SMALL.replace(/RESOURCEAVAILABILITIES:[\s\S]*$/, ''), /no RESOURCEAVAILABILITIES/],
    [
      'too many jobs',
      SMALL.replace('jobs (incl. supersource/sink ):  4', 'jobs (incl. supersource/sink ):  900000'),
      /line 5: 900000 jobs is over the limit of 100000/,
    ],
    [
      'a cycle',
      SMALL.replace('   4        1          0', '   4        1          1           1'),
      /links: the links form a cycle/,
    ],
    [
      'a request over capacity',
      SMALL.replace('  2      1     3       2    1', '  2      1     3       3    1'),
      /needs 3 units but the resource has 2/,
    ],
    ['not a PSPLIB file at all', 'hello\nworld\n', /line 3: no "jobs \(incl\. supersource\/sink \)" line/],
  ];
  it.each(broken)('refuses %s, naming the line', (_, text, message) => {
    expect(() => compileRcpsp(readPsplib(text).input)).toThrow(message);
  });

  it('refuses a file over the size cap before reading it', () => {
    expect(() => readPsplib(' '.repeat(PSPLIB_LIMITS.chars + 1))).toThrow(/over 10000000 characters/);
  });
});

/** j30 instances of every difficulty, solved to their proven optimum at the benchmark's budget. */
const J30 = ['j301_1', 'j3013_3', 'j3025_2', 'j3037_5', 'j3046_2', 'j3048_4'];
const present = oracleHas('psplib', 'j30.sm', 'j301_1.sm');

describe.skipIf(!present)(`PSPLIB j30 optima ${ORACLE_TAG}`, () => {
  // Read in the tests, not here: vitest runs a skipped suite's body to list its tests.
  const optimum = () =>
    new Map(
      readFileSync(oraclePath('psplib', 'bounds.csv'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(','))
        .map(([, instance, , ub]) => [instance!, Number(ub)]),
    );
  it.each(J30)('%s reaches its optimum at 5,000 schedules', (name) => {
    const { input } = readPsplib(readFileSync(oraclePath('psplib', 'j30.sm', `${name}.sm`), 'utf8'));
    const solution = solveRcpsp(compileRcpsp(input), { schedules: 5000, seed: 1 });
    expect(solution.makespan).toBe(optimum().get(`${name}.sm`));
  });
});
