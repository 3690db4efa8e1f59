import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * ECharts, tree-shaken to the charts health draws (heat map, step line) and drawn on canvas: the
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
  CanvasRenderer,
]);

export { echarts };
/** Options of a chart drawn with this build. */
export type ChartOption = echarts.EChartsCoreOption;
