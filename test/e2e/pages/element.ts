import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Element Plus widgets, driven as a person does: click the select, click the
 * option in the (teleported) dropdown. Options are matched by their visible label.
 */
export async function chooseOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  await select.click();
  const option = page.getByRole('option', { name: label }).filter({ visible: true }).first();
  await option.click();
  // Single selects close their dropdown; wait for it so the next click lands on the page.
  await expect(page.locator('.el-select-dropdown').filter({ visible: true })).toHaveCount(0);
}

/** Options of a multiple select: the dropdown stays open, so close it with Escape afterwards. */
export async function chooseOptions(page: Page, select: Locator, labels: readonly (string | RegExp)[]): Promise<void> {
  await select.click();
  for (const label of labels) {
    await page.getByRole('option', { name: label }).filter({ visible: true }).first().click();
  }
  await page.keyboard.press('Escape');
}

/** The message of an ElMessage toast. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.el-message').filter({ hasText: text });
}
