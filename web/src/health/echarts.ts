import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * ECharts, tree-shaken to the charts the app draws (heat maps, step and S-curve lines, bars) and drawn on canvas: the
 * canvas renderer needs no inline styles or eval, so the Content-Security-Policy stays strict.
 */
echarts.use([
  HeatmapChart,
  // The plan's resource usage pane (capacity).
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  DataZoomComponent,
  LegendComponent,
  // The Money page's S-curve marks its status date.
  MarkLineComponent,
  CanvasRenderer,
]);

export { echarts };
/** Options of a chart drawn with this build. */
export type ChartOption = echarts.EChartsCoreOption;
