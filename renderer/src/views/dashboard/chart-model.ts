/** One bar (or stack of bars): `key` is what a click selects, `label` what the axis shows. */
export interface BarCategory {
  key: string;
  label: string;
}

/** One series of values, one per category; several series are stacked. */
export interface BarSeries {
  name: string;
  values: number[];
  color: string;
  /** A colour per bar instead (e.g. one per severity). */
  barColors?: string[];
}

/** A row of a chart's table: the same choice a click on its bar makes. */
export interface ChartRow {
  key: string;
  label: string;
  cells: string[];
}

/** A chart and its table. */
export interface ChartModel {
  categories: BarCategory[];
  series: BarSeries[];
  columns: string[];
  rows: ChartRow[];
}
