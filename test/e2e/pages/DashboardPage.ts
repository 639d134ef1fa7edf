import { expect, type Locator, type Page } from '@playwright/test';

export type ChartName = 'stage' | 'unit' | 'money' | 'deadlines' | 'severity';

/** 统计看板: tiles, five bar charts (canvas) each with a data table, and the unit filter. */
export class DashboardPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('menu-dashboard').click();
    await expect(this.root).toBeVisible();
    await expect(this.tile('projects')).toBeVisible();
  }

  /** A tile's number (`projects`, `investment`, `overdue`, `due-soon`, `blocking`). */
  tile(name: string): Locator {
    return this.root.getByTestId(`tile-${name}`).locator('.tile-value');
  }

  chart(name: ChartName): Locator {
    return this.root.getByTestId(`chart-${name}`);
  }

  /** The chart's canvas, drawn by ECharts. */
  canvas(name: ChartName): Locator {
    return this.chart(name).locator('canvas').first();
  }

  /** Where each bar stands, as the chart reports it after drawing: `{ key, x, y }` relative to the chart. */
  async bars(name: ChartName): Promise<{ key: string; x: number; y: number }[]> {
    const holder = this.chart(name).locator('[data-bars]');
    await expect(holder).not.toHaveAttribute('data-bars', '[]');
    // The chart draws once, then again when it has been sized to its card: wait until the positions stop moving.
    let last = '';
    await expect(async () => {
      const now = (await holder.getAttribute('data-bars')) ?? '[]';
      const settled = now === last;
      last = now;
      expect(settled).toBe(true);
    }).toPass({ intervals: [300], timeout: 10_000 });
    return JSON.parse(last) as { key: string; x: number; y: number }[];
  }

  /** Clicks the canvas at the middle of a bar, as a person does. */
  async clickBar(name: ChartName, key: string): Promise<void> {
    const bar = (await this.bars(name)).find((entry) => entry.key === key);
    if (!bar) throw new Error(`chart ${name} has no bar ${key}`);
    const holder = this.chart(name).locator('[data-bars]');
    await holder.scrollIntoViewIfNeeded();
    const box = await holder.boundingBox();
    if (!box) throw new Error(`chart ${name} is not shown`);
    await this.page.mouse.click(box.x + bar.x, box.y + bar.y);
  }

  /** The same choice through the chart's data table (keyboard and screen-reader users). */
  async clickTableRow(name: ChartName, label: string): Promise<void> {
    await this.chart(name).getByTestId('chart-data-toggle').click();
    await this.chart(name).getByTestId('chart-row-link').filter({ hasText: label }).click();
  }

  tableRows(name: ChartName): Locator {
    return this.chart(name).getByTestId('chart-row');
  }

  unitFilter(): Locator {
    return this.root.getByTestId('dashboard-unit');
  }
}
