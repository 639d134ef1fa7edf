/**
 * ECharts, piece by piece: only the bar chart, its grid, tooltip and legend,
 * and the canvas renderer are bundled. Nothing here needs eval, so the app's
 * strict CSP (script-src 'self') holds.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { default as VChart } from 'vue-echarts';
