import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, toast } from './element';

/** A label matched whole: 审查/审批 is not 报请审查/审批. */
function exactly(label: string): RegExp {
  return new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*$`);
}

type Tab = 'findings' | 'deadlines' | 'approval' | 'checklist' | 'events';

/** What a test records in the 记录事件 dialog: labels as shown, dates `YYYY-MM-DD`, amounts in 万元. */
export interface EventValues {
  kind: string;
  date?: string;
  /** Kind-specific selects by field (`review`, `outcome`, `reason`): the option label. */
  selects?: Record<string, string>;
  /** Kind-specific text boxes by field (`documentNo`, `amountFen`, `changeId`, …). */
  texts?: Record<string, string>;
  /** Year boxes (`year`, `forYear`). */
  years?: Record<string, number>;
  /** Checkbox groups (`clauses`, `approvals`): the labels to tick. */
  checks?: Record<string, string[]>;
  /** Radio pairs (`passed`, `goalsUnchanged`): the label to choose (通过/未通过, 是/否). */
  radios?: Record<string, string>;
}

/** The 记录事件 dialog. */
export class EventDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.el-dialog').filter({ has: page.getByTestId('event-form') });
  }

  item(field: string): Locator {
    return this.root.getByTestId(`ef-item-${field}`);
  }

  error(field: string): Locator {
    return this.item(field).locator('.el-form-item__error');
  }

  async fillDate(field: string, day: string): Promise<void> {
    const input = this.item(field).locator('input');
    await input.fill(day);
    await input.press('Enter');
    await expect(input).toHaveValue(day);
    // The calendar panel closes with Enter; wait for it so the next click lands on the dialog.
    await expect(this.page.locator('.el-picker__popper').filter({ visible: true })).toHaveCount(0);
  }

  async fill(values: EventValues): Promise<void> {
    await chooseOption(this.page, this.item('kind').locator('.el-select'), exactly(values.kind));
    if (values.date !== undefined) await this.fillDate('date', values.date);
    for (const [field, label] of Object.entries(values.selects ?? {})) await chooseOption(this.page, this.item(field).locator('.el-select'), exactly(label));
    for (const [field, text] of Object.entries(values.texts ?? {})) await this.item(field).locator('input, textarea').first().fill(text);
    for (const [field, year] of Object.entries(values.years ?? {})) await this.item(field).locator('input').fill(String(year));
    // Element Plus hides the native inputs; people click the labels.
    for (const [field, labels] of Object.entries(values.checks ?? {})) {
      for (const label of labels) await this.item(field).locator('.el-checkbox__label').filter({ hasText: exactly(label) }).click();
    }
    for (const [field, label] of Object.entries(values.radios ?? {})) await this.item(field).locator('.el-radio__label').filter({ hasText: exactly(label) }).click();
  }

  async submit(): Promise<void> {
    await this.root.getByTestId('ef-submit').click();
  }

  async expectClosed(): Promise<void> {
    await expect(this.root).toBeHidden();
  }
}

/** The project page's 推进阶段 and 合规检查 cards. */
export class ProjectCompliancePanel {
  readonly root: Locator;
  readonly eventDialog: EventDialog;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('project-compliance');
    this.eventDialog = new EventDialog(page);
  }

  /** Both cards, for pictures. */
  get section(): Locator {
    return this.page.getByTestId('compliance-section');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root.getByTestId('compliance-tabs')).toBeVisible();
  }

  async openTab(tab: Tab): Promise<void> {
    await this.root.getByTestId(`tab-${tab}`).click();
  }

  get findings(): Locator {
    return this.root.getByTestId('finding');
  }

  /** The finding whose message contains the text. */
  finding(text: string | RegExp): Locator {
    return this.findings.filter({ has: this.page.getByTestId('finding-message').filter({ hasText: text }) });
  }

  /** The rows of the 期限 table. */
  deadline(title: string): Locator {
    return this.root.getByTestId('deadlines').locator('.el-table__body tr').filter({ hasText: title });
  }

  get approvalSteps(): Locator {
    return this.root.getByTestId('approval-step');
  }

  checklistLine(materialLabel: string): Locator {
    return this.root.getByTestId('checklist-line').filter({ has: this.page.getByTestId('checklist-material').getByText(materialLabel, { exact: true }) });
  }

  async receive(materialLabel: string): Promise<void> {
    await this.openTab('checklist');
    await this.checklistLine(materialLabel).getByTestId('checklist-receive').click();
    await expect(toast(this.page, `已登记收到：${materialLabel}`)).toBeVisible();
    await expect(this.checklistLine(materialLabel)).toHaveAttribute('data-present', 'true');
  }

  get events(): Locator {
    return this.root.getByTestId('events').locator('.el-table__body tr');
  }

  async recordEvent(values: EventValues): Promise<void> {
    await this.root.getByTestId('event-record').click();
    await expect(this.eventDialog.root).toBeVisible();
    await this.eventDialog.fill(values);
    await this.eventDialog.submit();
    await this.eventDialog.expectClosed();
    await expect(toast(this.page, `已记录：${values.kind}`)).toBeVisible();
  }

  /** 撤销 on the event row that shows the text, confirmed in the message box. */
  async undoEvent(text: string): Promise<void> {
    await this.openTab('events');
    await this.events.filter({ hasText: text }).getByTestId('event-undo').click();
    const box = this.page.locator('.el-message-box');
    await expect(box).toContainText('撤销会记入变更记录');
    await box.getByRole('button', { name: '确定' }).click();
    await expect(toast(this.page, `已撤销：${text}`)).toBeVisible();
  }

  /** The 推进阶段 button for a stage, by its label. */
  stageButton(stageLabel: string): Locator {
    return this.page.getByTestId('stage-actions').getByRole('button', { name: `进入“${stageLabel}”` });
  }

  get currentStage(): Locator {
    return this.page.getByTestId('stage-current');
  }

  /** The dialog listing why a stage cannot be entered yet. */
  get refusalDialog(): Locator {
    return this.page.locator('.el-dialog').filter({ has: this.page.getByTestId('stage-refusal') });
  }

  async moveTo(stageLabel: string): Promise<void> {
    await this.stageButton(stageLabel).click();
    const box = this.page.locator('.el-message-box');
    await expect(box).toContainText(`推进到“${stageLabel}”`);
    await box.getByRole('button', { name: '确定' }).click();
    await expect(toast(this.page, `项目已进入“${stageLabel}”`)).toBeVisible();
    await expect(this.currentStage).toHaveText(stageLabel);
  }
}

/** A citation link (淅川 第十八条) and the article it opens. */
export async function openArticle(page: Page, link: Locator): Promise<Locator> {
  await link.click();
  const popover = page.getByTestId('article-popover').filter({ visible: true });
  await expect(popover).toBeVisible();
  return popover;
}
