import { DomainError } from '../../core/errors.js';
import type { RcpspInput } from '../../core/leveling/rcpsp/problem.js';

/*
 * PSPLIB single-mode instances (Kolisch & Sprecher 1996), the `.sm` files of j30/j60/j120: a
 * header with the job count and resource counts, the successors of each job, each job's duration
 * and requests per renewable resource, and the capacities. The reader is bounded (size, jobs,
 * resources, successors) and names the line of the first thing it cannot read.
 */

/** Limits on a `.sm` file; the largest PSPLIB sets (j120) are about 25 KB and 122 jobs. */
export const PSPLIB_LIMITS = {
  chars: 10_000_000,
  jobs: 100_000,
  resources: 100,
  /** Any duration, request or capacity. */
  value: 1_000_000,
} as const;

/** A read instance: the problem (activity i = job number jobs[i]) and the file's job numbers. */
export interface PsplibInstance {
  readonly input: RcpspInput;
  /** The job number (1-based, as in the file) of each activity index. */
  readonly jobs: readonly number[];
}

const fail = (line: number, reason: string) =>
  new DomainError('validation_failed', `PSPLIB file line ${line}: ${reason}`, {
    issues: [{ path: 'file', message: `line ${line}: ${reason}` }],
  });

function integers(text: string, line: number): number[] {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  return tokens.map((t) => {
    if (!/^\d{1,9}$/.test(t)) throw fail(line, `expected whole numbers, got "${t.slice(0, 20)}"`);
    const v = Number(t);
    if (v > PSPLIB_LIMITS.value) throw fail(line, `${v} is over the limit of ${PSPLIB_LIMITS.value}`);
    return v;
  });
}

/** Reads a PSPLIB single-mode file; a DomainError 'validation_failed' names the line on malformed input. */
export function readPsplib(text: string): PsplibInstance {
  if (text.length > PSPLIB_LIMITS.chars) {
    throw new DomainError('validation_failed', `PSPLIB file: over ${PSPLIB_LIMITS.chars} characters`, {
      issues: [{ path: 'file', message: 'too large' }],
    });
  }
  const lines = text.split(/\r?\n/);
  let jobs = -1;
  let renewable = -1;
  let section: 'header' | 'precedence' | 'requests' | 'capacities' | 'other' = 'header';
  let sectionHeader = 0;
  const successors = new Map<number, number[]>();
  const durations = new Map<number, { duration: number; demands: number[] }>();
  let capacities: number[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '' || /^\*+$/.test(line)) continue;
    if (line.startsWith('PRECEDENCE RELATIONS')) {
      [section, sectionHeader] = ['precedence', 1];
      continue;
    }
    if (line.startsWith('REQUESTS/DURATIONS')) {
      [section, sectionHeader] = ['requests', 2];
      continue;
    }
    if (line.startsWith('RESOURCEAVAILABILITIES')) {
      [section, sectionHeader] = ['capacities', 1];
      continue;
    }
    if (/^[A-Z][A-Z /]+:/.test(line) && section !== 'header') {
      section = 'other';
      continue;
    }
    if (sectionHeader > 0) {
      // The column titles (and the dashed rule under the requests' titles).
      sectionHeader--;
      if (/^-+$/.test(line)) continue;
      if (/^\d/.test(line)) throw fail(lineNo, 'expected the column titles of the section');
      continue;
    }
    if (section === 'header' || section === 'other') {
      const field = /^(.*?)\s*:\s*(.*)$/.exec(line);
      if (!field) continue;
      const [, name, value] = field as unknown as [string, string, string];
      if (/^jobs \(incl/.test(name)) jobs = countIn(value, lineNo, PSPLIB_LIMITS.jobs, 'jobs');
      else if (/^- renewable/.test(name)) renewable = countIn(value, lineNo, PSPLIB_LIMITS.resources, 'resources');
      else if (/^- (nonrenewable|doubly constrained)/.test(name) && countIn(value, lineNo, 1e9, 'resources') > 0) {
        throw fail(lineNo, 'only renewable resources are supported (single-mode RCPSP)');
      }
      continue;
    }
    if (jobs < 0 || renewable < 0) throw fail(lineNo, 'the job and resource counts must come first');
    const v = integers(line, lineNo);
    if (section === 'precedence') {
      const [job, modes, count] = v as [number, number, number];
      if (v.length < 3 || v.length !== 3 + count)
        throw fail(lineNo, 'expected job, modes, successor count and the successors');
      if (job < 1 || job > jobs) throw fail(lineNo, `job ${job} is not between 1 and ${jobs}`);
      if (modes !== 1) throw fail(lineNo, `job ${job} has ${modes} modes; only single-mode files are supported`);
      if (successors.has(job)) throw fail(lineNo, `job ${job} is listed twice`);
      const list = v.slice(3);
      for (const s of list)
        if (s < 1 || s > jobs || s === job) throw fail(lineNo, `successor ${s} of job ${job} is not a job`);
      successors.set(job, list);
    } else if (section === 'requests') {
      if (v.length !== 3 + renewable) throw fail(lineNo, `expected job, mode, duration and ${renewable} requests`);
      const [job, mode, duration] = v as [number, number, number];
      if (job < 1 || job > jobs) throw fail(lineNo, `job ${job} is not between 1 and ${jobs}`);
      if (mode !== 1) throw fail(lineNo, `job ${job} mode ${mode}: only single-mode files are supported`);
      if (durations.has(job)) throw fail(lineNo, `job ${job} is listed twice`);
      durations.set(job, { duration, demands: v.slice(3) });
    } else if (section === 'capacities') {
      if (capacities) throw fail(lineNo, 'the capacities are given twice');
      if (v.length !== renewable) throw fail(lineNo, `expected ${renewable} capacities`);
      capacities = v;
    }
  }
  const end = lines.length;
  if (jobs < 0) throw fail(end, 'no "jobs (incl. supersource/sink )" line');
  if (renewable < 0) throw fail(end, 'no "- renewable" line');
  if (!capacities) throw fail(end, 'no RESOURCEAVAILABILITIES');
  const links: { from: number; to: number }[] = [];
  const activities: { duration: number; demands: number[] }[] = [];
  for (let job = 1; job <= jobs; job++) {
    const succ = successors.get(job);
    const req = durations.get(job);
    if (!succ) throw fail(end, `job ${job} has no PRECEDENCE RELATIONS line`);
    if (!req) throw fail(end, `job ${job} has no REQUESTS/DURATIONS line`);
    for (const s of succ) links.push({ from: job - 1, to: s - 1 });
    activities.push(req);
  }
  return {
    input: { capacities, activities, links },
    jobs: activities.map((_, i) => i + 1),
  };
}

function countIn(value: string, line: number, max: number, what: string): number {
  const m = /^(\d{1,9})\b/.exec(value.trim());
  if (!m) throw fail(line, `expected the number of ${what}`);
  const v = Number(m[1]);
  if (v > max) throw fail(line, `${v} ${what} is over the limit of ${max}`);
  return v;
}
