import {
  type Calendar,
  type CalendarException,
  calendarId,
  type WorkingInterval,
  type WorkWeek,
} from '../../core/schedule/model.js';
import { epochDayFromCivil, parseTimeOfDay } from '../../core/schedule/time.js';
import type { ReportCollector } from '../import-report.js';
import { overLimit } from '../reader-limits.js';

/** P6 writes exception dates as spreadsheet serial days: day 0 is 1899-12-30. */
const SERIAL_EPOCH = epochDayFromCivil(1899, 12, 30);
/** The serial day of 9999-12-31, the last date a file can write. */
const SERIAL_LAST = epochDayFromCivil(9999, 12, 31) - SERIAL_EPOCH;

const MAX_DEPTH = 32;

/** A node of P6's calendar notation "(0||Name(key|value…)(children…))". */
interface Node {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
}

/** Parses clndr_data into a tree; tolerant of whitespace (and DEL separators) between nodes. */
function parseNodes(text: string): Node[] {
  let pos = 0;
  // P6 separates lines inside clndr_data with DEL (0x7F) characters.
  const skip = () => {
    while (pos < text.length && (text.charCodeAt(pos) <= 32 || text.charCodeAt(pos) === 127)) pos++;
  };
  const readUntil = (stop: string): string => {
    const start = pos;
    while (pos < text.length && !stop.includes(text[pos] as string)) pos++;
    return text.slice(start, pos);
  };
  const node = (depth: number): Node | null => {
    skip();
    // P6 nests calendar data 5 deep; each level is a stack frame here.
    if (depth > MAX_DEPTH) throw overLimit('XER', `calendar data nested more than ${MAX_DEPTH} deep`, MAX_DEPTH);
    if (text[pos] !== '(') return null;
    pos++;
    readUntil('|');
    pos += 2; // "||"
    const name = readUntil('(');
    pos++;
    const attrText = readUntil(')');
    pos++;
    const parts = attrText.split('|');
    const attributes: Record<string, string> = {};
    for (let i = 0; i + 1 < parts.length; i += 2) attributes[parts[i] as string] = parts[i + 1] as string;
    skip();
    const children: Node[] = [];
    if (text[pos] === '(') {
      pos++;
      for (;;) {
        const c = node(depth + 1);
        if (!c) break;
        children.push(c);
      }
      skip();
      pos++; // ")" closing the children list
    }
    skip();
    pos++; // ")" closing the node
    return { name, attributes, children };
  };
  const out: Node[] = [];
  for (;;) {
    const n = node(0);
    if (!n) break;
    out.push(n);
  }
  return out;
}

function find(nodes: readonly Node[], name: string): Node | undefined {
  for (const n of nodes) {
    if (n.name === name) return n;
    const inner = find(n.children, name);
    if (inner) return inner;
  }
  return undefined;
}

function intervals(node: Node, report: ReportCollector, id: string): WorkingInterval[] {
  const out: WorkingInterval[] = [];
  for (const c of node.children) {
    const s = parseTimeOfDay(c.attributes.s ?? '');
    let f = parseTimeOfDay(c.attributes.f ?? '');
    if (s === null || f === null) continue;
    if (f <= s) f += 1440;
    if (f > 1440) {
      report.add('approximated', 'working time crossing midnight cut at midnight', `calendar ${id}`);
      f = 1440;
    }
    out.push({ startMinute: s, endMinute: f });
  }
  return out;
}

const FIVE_DAY: readonly WorkingInterval[] = [{ startMinute: 480, endMinute: 960 }];

/** Reads the CALENDAR table (week days 1 = Sunday … 7 = Saturday, exceptions by serial day). */
export function readXerCalendars(
  rows: readonly Readonly<Record<string, string>>[],
  report: ReportCollector,
): Map<string, Calendar> {
  const out = new Map<string, Calendar>();
  const bases = new Map<string, string>();
  for (const row of rows) {
    const id = row.clndr_id ?? '';
    const tree = parseNodes(row.clndr_data ?? '');
    const days = find(tree, 'DaysOfWeek');
    const week: (readonly WorkingInterval[])[] = [[], FIVE_DAY, FIVE_DAY, FIVE_DAY, FIVE_DAY, FIVE_DAY, []];
    if (days) {
      for (const d of days.children) {
        const n = Number(d.name);
        if (n >= 1 && n <= 7) week[n - 1] = intervals(d, report, id);
      }
    } else {
      report.add('approximated', 'calendar without week data given 08:00-16:00 Monday-Friday', `calendar ${id}`);
    }
    const exceptions: CalendarException[] = [];
    for (const e of find(tree, 'Exceptions')?.children ?? []) {
      const serial = Number(e.attributes.d);
      if (!Number.isFinite(serial)) continue;
      // A day outside the years a date can be written in is no holiday: the calendar would have to span it.
      if (!Number.isInteger(serial) || serial < 0 || serial > SERIAL_LAST) {
        report.add('not_carried', 'calendar exceptions on impossible dates', `calendar ${id}`);
        continue;
      }
      const day = SERIAL_EPOCH + serial;
      exceptions.push({ fromDay: day, toDay: day, working: intervals(e, report, id) });
    }
    const hoursPerDay = Number(row.day_hr_cnt) || 8;
    out.set(id, {
      id: calendarId(id),
      name: row.clndr_name ?? id,
      week: (week.some((d) => d.length > 0)
        ? week
        : [[], FIVE_DAY, FIVE_DAY, FIVE_DAY, FIVE_DAY, FIVE_DAY, []]) as WorkWeek,
      exceptions,
      hoursPerDay,
      hoursPerWeek: Number(row.week_hr_cnt) || hoursPerDay * 5,
      daysPerMonth: (Number(row.month_hr_cnt) || hoursPerDay * 20) / hoursPerDay,
    });
    if (row.base_clndr_id) bases.set(id, row.base_clndr_id);
  }
  // A resource or project calendar may inherit holidays from a base calendar.
  for (const [id, baseId] of bases) {
    const cal = out.get(id);
    const base = out.get(baseId);
    if (cal && base && base !== cal) out.set(id, { ...cal, exceptions: [...base.exceptions, ...cal.exceptions] });
  }
  return out;
}
