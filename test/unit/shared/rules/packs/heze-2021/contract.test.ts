import { describe, expect, it } from 'vitest';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { projectDeadlines } from '../../../../../../shared/rules/framework/check';
import { heze2021 } from '../../../../../../shared/rules/packs/heze-2021';
import { testOptions } from '../../support/calendar';
import { facts, on } from '../../support/facts';
import { officialOptions } from '../../support/official-calendar';
import { describeRule } from '../../support/rule-cases';
import { OFFICIAL } from './fixtures';

const signed = (date: string): LifecycleEventInput => ({ kind: 'contractSigned', date, clauses: [] });
const building = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'construction' }, events });
const ID = 'heze-2021/art16-contract-filing-5-working-days';

// 第十六条 ……项目建设单位签订正式采购合同5个工作日内，应将相关资料向市大数据局备案。
// 春节 2022 (official calendar): signed Fri 2022-01-28; Sat 01-29 and Sun 01-30 are 调休 working days,
// 01-31…02-06 are days off → 01-29, 01-30, 02-07, 02-08, 02-09: due Wed 2022-02-09.
// 国庆 2021: signed Thu 2021-09-30; 10-01…07 off, Sat 10-09 a 调休 working day → 10-08, 10-09, 10-11, 10-12, 10-13.
describeRule('heze-2021/art16-contract-filing-5-working-days', 16, '项目建设单位签订正式采购合同5个工作日内，应将相关资料向市大数据局备案', {
  holds: [
    { name: '第5个工作日（2022-02-09）备案', facts: building(signed('2022-01-28'), on('contractFiled', '2022-02-09')), asOf: '2022-03-01', ...OFFICIAL },
    { name: '调休上班的周日（2022-01-30）备案', facts: building(signed('2022-01-28'), on('contractFiled', '2022-01-30')), asOf: '2022-03-01', ...OFFICIAL },
    { name: '尚未签订合同', facts: facts({ project: { stage: 'procurement' } }), asOf: '2022-03-01', ...OFFICIAL },
  ],
  fires: [
    { name: '期限前一天（2022-02-08）未备案：提示', facts: building(signed('2022-01-28')), asOf: '2022-02-08', severity: 'info', dueDate: '2022-02-09', ...OFFICIAL },
    { name: '期限当天（2022-02-09）未备案：提示', facts: building(signed('2022-01-28')), asOf: '2022-02-09', severity: 'info', dueDate: '2022-02-09', ...OFFICIAL },
    { name: '期限后一天（2022-02-10）未备案：警示', facts: building(signed('2022-01-28')), asOf: '2022-02-10', severity: 'warning', dueDate: '2022-02-09', ...OFFICIAL },
    { name: '期限后一天才备案：逾期完成', facts: building(signed('2022-01-28'), on('contractFiled', '2022-02-10')), asOf: '2022-03-01', severity: 'info', says: '晚于', ...OFFICIAL },
    { name: '国庆：2021-10-08 仍在期限内', facts: building(signed('2021-09-30')), asOf: '2021-10-08', severity: 'info', dueDate: '2021-10-13', ...OFFICIAL },
    { name: '国庆：期限后一天 2021-10-14 逾期', facts: building(signed('2021-09-30')), asOf: '2021-10-14', severity: 'warning', dueDate: '2021-10-13', ...OFFICIAL },
    {
      name: '每份合同各自备案：前一份的备案不算后一份的',
      facts: building(signed('2022-03-01'), on('contractFiled', '2022-03-02'), signed('2022-04-01')),
      asOf: '2022-04-15',
      severity: 'warning',
      says: '2022-04-01',
      ...OFFICIAL,
    },
  ],
});

describe('第十六条 counts working days with the calendar it is given', () => {
  it('on a plain weekday calendar the 春节 contract would be due on Friday 2022-02-04; officially on 2022-02-09', () => {
    const due = (options: typeof testOptions) =>
      projectDeadlines(heze2021, building(signed('2022-01-28')), '2022-01-28', options).find((e) => e.deadlineId === ID)?.instance.dueDate;
    expect(due(testOptions)).toBe('2022-02-04');
    expect(due(officialOptions)).toBe('2022-02-09');
  });
});
