import { type RefObject, type UIEvent, useLayoutEffect, useRef, useState } from 'react';
import type { Timeline } from './timeline.js';

/**
 * The chart's scroll state: the vertical offset it shares with the grid (controlled through
 * `scrollTop` / `onScrollTop`), its own horizontal offset, and the viewport's width.
 */
export function useChartScroll(
  scrollerRef: RefObject<HTMLDivElement | null>,
  scrollTop: number,
  onScrollTop: (top: number) => void,
  timeline: Timeline,
) {
  const [scroll, setScroll] = useState({ top: scrollTop, left: 0 });
  const [viewportWidth, setViewportWidth] = useState(0);

  // The grid (or anyone) moved the shared scroll: follow it. Echoes of our own recent reports are
  // skipped: by the time one arrives the user may have scrolled further, and applying it would
  // pull the chart back.
  const reported = useRef<number[]>([]);
  useLayoutEffect(() => {
    const echo = reported.current.findIndex((top) => Math.abs(top - scrollTop) < 1);
    // The parent answers in order: this echo also settles every report before it.
    reported.current = echo >= 0 ? reported.current.slice(echo + 1) : [];
    if (echo >= 0) return;
    const el = scrollerRef.current;
    if (el && Math.abs(el.scrollTop - scrollTop) >= 1) el.scrollTop = scrollTop;
  }, [scrollTop, scrollerRef]);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const measure = () => setViewportWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollerRef]);

  // A new zoom (or a plan whose range moved) keeps the date at the centre of the view in place.
  const shown = useRef(timeline);
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = timeline;
    const el = scrollerRef.current;
    if (!el || (before.zoom === timeline.zoom && before.origin === timeline.origin)) return;
    const centre = before.origin + (el.scrollLeft + el.clientWidth / 2) / before.pxPerMinute;
    el.scrollLeft = Math.max(0, (centre - timeline.origin) * timeline.pxPerMinute - el.clientWidth / 2);
  }, [timeline, scrollerRef]);

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    setScroll({ top: el.scrollTop, left: el.scrollLeft });
    if (Math.abs(el.scrollTop - scrollTop) >= 1) {
      reported.current = [...reported.current.slice(-7), el.scrollTop];
      onScrollTop(el.scrollTop);
    }
  };

  return { scroll, viewportWidth, onScroll };
}
