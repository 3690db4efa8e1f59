import { useEffect, useRef } from 'react';
import { type ChartOption, echarts } from './echarts.js';

interface Props {
  readonly option: ChartOption;
  readonly height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  readonly label: string;
  readonly onClick?: (params: { dataIndex: number; data: unknown }) => void;
  readonly testId?: string;
}

/** One ECharts canvas: created once, options replaced on change, resized with its box, disposed on unmount. */
export function EChart({ option, height, label, onClick, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => click.current?.(p as { dataIndex: number; data: unknown }));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    // The bench and tests wait for this: the canvas has drawn the current data.
    box.current?.setAttribute('data-rendered', 'true');
  }, [option]);

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
