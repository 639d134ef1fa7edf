/**
 * 绩效自评价报告 (laohekou-2024 第二十六条: "在项目通过验收并投入运行后12至24个月内,
 * 结合项目建设绩效目标开展自评价,自评价报告报送市城市运行管理中心、市财政局以及使用单位";
 * heze-2021 第二十四条 likewise; xunyang-2022 第十七条 项目绩效评价报告). Whom it
 * goes to and the window are the profile's. The indicators come from the
 * project's 绩效指标, one row each, for the unit to fill in.
 */
import type { Content } from 'pdfmake/interfaces';
import { DATA_SHARING_LABELS } from '../../../../shared/domain/enums';
import { sumFen } from '../../../../shared/domain/money';
import { eventsOf, lastEvent } from '../data';
import { basisNote, chineseDate, filingLine, grid, heading, label, mm, note, roomy, signatureBoxes, SIZE, title, value, wanYuan, type Cell } from '../layout';
import { formRow as row, tick } from './common';
import { subjectOf, type FormModule } from './form';

/** The regulation's window (12 to 24 months after the system went into operation), or blank for the hand. */
function evaluationWindow(started: string | undefined, months: readonly [number, number] | null): string {
  if (!months) return '';
  const [from, to] = months;
  if (!started) return `运行后${from}至${to}个月`;
  const [year, month, day] = started.split('-').map(Number) as [number, number, number];
  const shift = (count: number) => `${year + Math.floor((month - 1 + count) / 12)}-${String(((month - 1 + count) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return `${chineseDate(shift(from))}至${chineseDate(shift(to))}`;
}

export const performanceSelfEvaluation: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    // xunyang-2022 第十七条 asks for a 绩效评价报告 during construction, not a 自评价 after it.
    const self = form.title.includes('自评价') ? '自评' : '评价';
    const bundle = subjectOf(data);
    const { project, compliance } = bundle;
    const accepted = lastEvent(bundle, 'finalAcceptancePassed')?.date;
    const operating = lastEvent(bundle, 'operationStarted')?.date ?? accepted;
    const paid = sumFen(eventsOf(bundle, 'paymentRequested').map((event) => event.amountFen ?? 0));
    const indicators = (compliance.inventoryEntry?.performanceIndicators ?? '').split(/[；;\n]/).map((text) => text.trim()).filter(Boolean);
    const facts: Cell[][] = [
      row('项目名称', project.name),
      row('建设单位', project.unitName, '项目负责人', project.contactPerson),
      row('总投资（万元）', wanYuan(project.totalInvestmentFen), '已申请拨付（万元）', paid > 0 ? wanYuan(paid) : ''),
      row('竣工验收日期', chineseDate(accepted), '投入运行日期', chineseDate(operating)),
      row(`${self === '自评' ? '自评价' : '评价'}期间`, evaluationWindow(operating, form.evaluationMonths), '数据共享', DATA_SHARING_LABELS[project.dataSharing]),
    ];
    const rows = indicators.length > 0 ? indicators : ['', '', ''];
    const table: Cell[][] = [
      ['序号', '绩效指标（目标值）', '实际完成值', '完成情况说明'].map((caption) => label(caption, { bold: true })),
      ...rows.map((indicator, index) => [label(String(index + 1)), value(indicator), value(''), value('')]),
    ];
    const basis = basisNote(form.basis);
    const content: Content[] = [
      ...title(form.title),
      filingLine('建设单位', data.header.office.name, data.header.day, '报告日期'),
      grid(facts, { widths: [mm(28), '*', mm(30), '*'], fontSize: SIZE.wu }),
      heading('一、绩效目标完成情况'),
      grid(table, { widths: [mm(10), '*', mm(28), '*'], fontSize: SIZE.wu, headerRows: 1, heights: (rowIndex) => (rowIndex === 0 ? 'auto' : mm(6)) }),
      heading('二、资金使用、运行效果与存在的问题'),
      grid([[roomy('', mm(14))]], { widths: ['*'], fontSize: SIZE.wu }),
      heading(`三、${self}结论`),
      grid([[label(`${self}等级`), value(['优', '良', '中', '差'].map((grade) => tick(false, grade)).join('\u3000\u3000'))]], { widths: [mm(28), '*'], fontSize: SIZE.wu }),
      ...(form.addressees.length > 0 ? [{ text: `报送：${form.addressees.join('、')}。`, fontSize: SIZE.wu, margin: [0, mm(1), 0, 0] } as Content] : []),
      ...form.notes.map(note),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
    ];
    return content;
  },
};
