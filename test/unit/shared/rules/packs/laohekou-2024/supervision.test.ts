import { describe, expect, it } from 'vitest';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { projectDeadlines } from '../../../../../../shared/rules/framework/check';
import { laohekou2024 } from '../../../../../../shared/rules/packs/laohekou-2024';
import { testOptions } from '../../support/calendar';
import { facts, on } from '../../support/facts';
import { officialOptions } from '../../support/official-calendar';
import { describeRule } from '../../support/rule-cases';

// 第十七条 纳入统一监理的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务。
describeRule('laohekou-2024/art17-unified-supervision', 17, '纳入统一监理的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务', {
  holds: [
    { name: '建设实施中已派驻监理', facts: facts({ project: { stage: 'construction' }, events: [on('supervisionContracted', '2025-03-10')] }), asOf: '2025-06-03' },
    { name: '“不包括设计咨询、测评等服务”', facts: facts({ project: { stage: 'construction', projectClass: 'service' }, attributes: { advisoryService: true } }), asOf: '2025-06-03' },
    { name: '招标采购阶段尚未派驻', facts: facts({ project: { stage: 'procurement' } }), asOf: '2025-06-03' },
  ],
  fires: [
    { name: '硬件和软件建设项目无监理', facts: facts({ project: { stage: 'construction' } }), asOf: '2025-06-03', severity: 'warning', says: '统一监理' },
    { name: '购买服务的软件建设也纳入统一监理', facts: facts({ project: { stage: 'acceptance', projectClass: 'service' } }), asOf: '2025-06-03', severity: 'warning' },
  ],
});

// 第十八条 市直各部门应当在信息化项目确定中标结果的5个工作日内,书面向市城市运行管理中心提交派驻项目监理单位的申请
// Official calendar. Bid result Mon 2024-09-30: 国庆 2024-10-01…07 are days off and Sat 2024-10-12 is a
// 调休 working day, so the five working days are 10-08, 10-09, 10-10, 10-11 and 10-12 (a Saturday).
const bid = (...more: LifecycleEventInput[]) => facts({ project: { stage: 'procurement' }, events: [on('bidResultDetermined', '2024-09-30'), ...more] });
// 春节 2025: bid result Fri 2025-01-24; Sun 01-26 is a 调休 working day, 01-28…02-04 are days off → 01-26, 01-27, 02-05, 02-06, 02-07.
const springBid = (...more: LifecycleEventInput[]) => facts({ project: { stage: 'procurement' }, events: [on('bidResultDetermined', '2025-01-24'), ...more] });
const ID = 'laohekou-2024/art18-supervision-application-5-working-days';

describeRule('laohekou-2024/art18-supervision-application-5-working-days', 18, '市直各部门应当在信息化项目确定中标结果的5个工作日内', {
  holds: [
    { name: '第5个工作日（调休的周六 2024-10-12）当天提交申请', facts: bid(on('supervisionApplied', '2024-10-12')), asOf: '2024-10-20', options: officialOptions },
    { name: '国庆假后第一个工作日提交', facts: bid(on('supervisionApplied', '2024-10-08')), asOf: '2024-10-20', options: officialOptions },
    { name: '设计咨询、测评等服务不纳入统一监理', facts: facts({ project: { stage: 'procurement' }, events: [on('bidResultDetermined', '2024-09-30')], attributes: { advisoryService: true } }), asOf: '2024-10-20', options: officialOptions },
    { name: '尚未确定中标结果', facts: facts({ project: { stage: 'procurement' } }), asOf: '2024-10-20', options: officialOptions },
  ],
  fires: [
    { name: '期限前一天（2024-10-11）未提交：提示', facts: bid(), asOf: '2024-10-11', severity: 'info', dueDate: '2024-10-12', options: officialOptions },
    { name: '期限当天（调休周六 2024-10-12）未提交：提示', facts: bid(), asOf: '2024-10-12', severity: 'info', dueDate: '2024-10-12', options: officialOptions },
    { name: '期限后一天（2024-10-13）未提交：警示', facts: bid(), asOf: '2024-10-13', severity: 'warning', dueDate: '2024-10-12', options: officialOptions },
    { name: '期限后一个工作日（2024-10-14）才提交', facts: bid(on('supervisionApplied', '2024-10-14')), asOf: '2024-10-20', severity: 'info', says: '晚于', options: officialOptions },
    { name: '国庆假期不计入：2024-10-08 仍未逾期', facts: bid(), asOf: '2024-10-08', severity: 'info', dueDate: '2024-10-12', options: officialOptions },
    { name: '春节：2025-01-24 确定中标，2025-02-06 仍为期限内', facts: springBid(), asOf: '2025-02-06', severity: 'info', dueDate: '2025-02-07', options: officialOptions },
    { name: '春节：期限当天 2025-02-07', facts: springBid(), asOf: '2025-02-07', severity: 'info', dueDate: '2025-02-07', options: officialOptions },
    { name: '春节：期限后一天（调休周六 2025-02-08）逾期', facts: springBid(), asOf: '2025-02-08', severity: 'warning', dueDate: '2025-02-07', options: officialOptions },
  ],
});

describe('第十八条 counts working days with the calendar it is given', () => {
  it('on a plain weekday calendar the same bid result would be due on Monday 2024-10-07', () => {
    const [entry] = projectDeadlines(laohekou2024, bid(), '2024-10-01', testOptions).filter((e) => e.deadlineId === ID);
    expect(entry?.instance.dueDate).toBe('2024-10-07');
  });

  it('on the official calendar it is due on the 调休 Saturday 2024-10-12', () => {
    const [entry] = projectDeadlines(laohekou2024, bid(), '2024-10-01', officialOptions).filter((e) => e.deadlineId === ID);
    expect(entry).toMatchObject({ status: 'dueSoon', instance: { startedOn: '2024-09-30', dueDate: '2024-10-12', doneOn: null } });
  });
});
