import type { PlanLink } from '../../../../src/contracts/index.js';

/*
 * Dependency arrows drawn the way MS Project draws them: right-angled connectors that leave the
 * predecessor at its finish (FS, FF) or start (SS, SF) and arrive at the successor's start (FS, SS)
 * or finish (FF, SF). An FS link whose successor starts after the predecessor ends drops straight
 * onto the successor's bar from above (or below); when they overlap, it doubles back through the
 * gap between the rows instead of crossing the bars.
 */

/** A bar's visible extent in px: left and right ends, vertical centre, half height, and its row's top. */
export interface BarGeometry {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly half: number;
  readonly rowTop: number;
  /** A diamond: connectors drop onto its centre. */
  readonly milestone?: boolean;
}

/** A connector line and its filled arrowhead, both as SVG path data. */
export interface LinkShape {
  readonly d: string;
  readonly arrow: string;
}

/** Horizontal run out of and into a bar before the connector turns. */
export const LINK_STUB = 8;
/** Arrowhead length and half width. */
export const ARROW_LENGTH = 5;
export const ARROW_HALF = 3.5;
/** How far after a bar's start an FS connector drops onto it. */
const ENTRY = 6;

type Direction = 'left' | 'right' | 'up' | 'down';

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A filled arrowhead whose tip is at (x, y), pointing `dir`. */
export function arrowHead(x: number, y: number, dir: Direction): string {
  const L = ARROW_LENGTH;
  const H = ARROW_HALF;
  switch (dir) {
    case 'right':
      return `M${n(x - L)} ${n(y - H)}L${n(x)} ${n(y)}L${n(x - L)} ${n(y + H)}Z`;
    case 'left':
      return `M${n(x + L)} ${n(y - H)}L${n(x)} ${n(y)}L${n(x + L)} ${n(y + H)}Z`;
    case 'down':
      return `M${n(x - H)} ${n(y - L)}L${n(x)} ${n(y)}L${n(x + H)} ${n(y - L)}Z`;
    case 'up':
      return `M${n(x - H)} ${n(y + L)}L${n(x)} ${n(y)}L${n(x + H)} ${n(y + L)}Z`;
  }
}

/** Polyline path data through the points (x, y pairs), starting with a move. */
function polyline(...xy: number[]): string {
  let d = '';
  for (let i = 0; i + 1 < xy.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${n(xy[i]!)} ${n(xy[i + 1]!)}`;
  return d;
}

/** The connector for a link of `type` from `pred` to `succ`, rows `rowHeight` px apart. */
export function linkPath(type: PlanLink['type'], pred: BarGeometry, succ: BarGeometry, rowHeight: number): LinkShape {
  const down = succ.y >= pred.y;
  // The gap between the predecessor's row and the next row towards the successor.
  const gapY = down ? pred.rowTop + rowHeight : pred.rowTop;
  const yp = pred.y;
  const ys = succ.y;
  switch (type) {
    case 'FS': {
      const xp = pred.x1;
      const xs = succ.x0;
      const entryX = succ.milestone ? (succ.x0 + succ.x1) / 2 : xs + Math.min(ENTRY, (succ.x1 - succ.x0) / 2);
      if (entryX - xp >= 3) {
        const edge = down ? ys - succ.half : ys + succ.half;
        const base = down ? edge - ARROW_LENGTH : edge + ARROW_LENGTH;
        return { d: polyline(xp, yp, entryX, yp, entryX, base), arrow: arrowHead(entryX, edge, down ? 'down' : 'up') };
      }
      const out = xp + LINK_STUB;
      const back = xs - LINK_STUB;
      return {
        d: polyline(xp, yp, out, yp, out, gapY, back, gapY, back, ys, xs - ARROW_LENGTH, ys),
        arrow: arrowHead(xs, ys, 'right'),
      };
    }
    case 'SS': {
      const xp = pred.x0;
      const xs = succ.x0;
      const turn = Math.min(xp, xs) - LINK_STUB;
      return { d: polyline(xp, yp, turn, yp, turn, ys, xs - ARROW_LENGTH, ys), arrow: arrowHead(xs, ys, 'right') };
    }
    case 'FF': {
      const xp = pred.x1;
      const xs = succ.x1;
      const turn = Math.max(xp, xs) + LINK_STUB;
      return { d: polyline(xp, yp, turn, yp, turn, ys, xs + ARROW_LENGTH, ys), arrow: arrowHead(xs, ys, 'left') };
    }
    case 'SF': {
      const xp = pred.x0;
      const xs = succ.x1;
      const turn = xp - LINK_STUB;
      if (xs + LINK_STUB <= turn) {
        return { d: polyline(xp, yp, turn, yp, turn, ys, xs + ARROW_LENGTH, ys), arrow: arrowHead(xs, ys, 'left') };
      }
      const back = xs + LINK_STUB;
      return {
        d: polyline(xp, yp, turn, yp, turn, gapY, back, gapY, back, ys, xs + ARROW_LENGTH, ys),
        arrow: arrowHead(xs, ys, 'left'),
      };
    }
  }
}
