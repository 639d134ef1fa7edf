import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const inAcceptance = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'acceptance' }, events });

// 第十八条 政务信息化项目建成6个月内,项目建设单位应当按照有关规定组织验收
// Built Mon 2026-03-16 → last day Wed 2026-09-16 (对应日, a working day).
describeRule('xichuan-2025/art18-acceptance-within-6-months', 18, '政务信息化项目建成6个月内', {
  holds: [
    { name: '第6个月的对应日当天组织验收（通过）', facts: inAcceptance(on('completed', '2026-03-16'), on('finalAcceptancePassed', '2026-09-16')), asOf: '2026-10-01' },
    { name: '按期组织验收但未通过，也是“组织验收”', facts: inAcceptance(on('completed', '2026-03-16'), on('finalAcceptanceFailed', '2026-09-01')), asOf: '2026-10-01' },
    { name: '距期限一个月以上，不提示', facts: inAcceptance(on('completed', '2026-03-16')), asOf: '2026-08-16' },
    { name: '尚未建成', facts: facts({ project: { stage: 'construction' } }), asOf: '2026-10-01' },
  ],
  fires: [
    { name: '期限前一天仍未验收：提示', facts: inAcceptance(on('completed', '2026-03-16')), asOf: '2026-09-15', severity: 'info', dueDate: '2026-09-16' },
    { name: '期限当天仍未验收：提示', facts: inAcceptance(on('completed', '2026-03-16')), asOf: '2026-09-16', severity: 'info', dueDate: '2026-09-16' },
    { name: '期限后一天仍未验收：警示', facts: inAcceptance(on('completed', '2026-03-16')), asOf: '2026-09-17', severity: 'warning', dueDate: '2026-09-16' },
    {
      name: '期限后一天才验收：逾期完成，仍以提示列出',
      facts: inAcceptance(on('completed', '2026-03-16'), on('finalAcceptancePassed', '2026-09-17')),
      asOf: '2026-10-01',
      severity: 'info',
      says: '逾期 1 个工作日完成',
    },
    {
      // A 第十九条 written explanation does not silently end 第十八条's period.
      name: '逾期但已按第十九条提交书面说明：第十八条仍列出，说明两条如何合并理解',
      facts: inAcceptance(on('completed', '2026-03-16'), { kind: 'acceptanceDelayExplained', date: '2026-09-10', plannedAcceptanceDate: '2026-11-30' }),
      asOf: '2026-09-20',
      severity: 'info',
      says: '两条合并理解：书面说明不取消第十八条的期限',
    },
    {
      name: '对应日为周六（2025-08-31 建成 → 2026-02-28），顺延至下周一 2026-03-02',
      facts: inAcceptance(on('completed', '2025-08-31')),
      asOf: '2026-03-03',
      severity: 'warning',
      dueDate: '2026-03-02',
    },
    {
      name: '对应日在假期（2026-04-01 建成 → 10-01），顺延至假后首个工作日',
      facts: inAcceptance(on('completed', '2026-04-01')),
      asOf: '2026-10-07',
      severity: 'info',
      dueDate: '2026-10-08',
    },
  ],
});

// 第十九条 项目不能按期完成验收的,项目建设单位应向县行政审批和政务信息管理局提交书面说明材料,并明确验收时间。
const explained = (...more: LifecycleEventInput[]) =>
  inAcceptance(on('completed', '2026-03-16'), { kind: 'acceptanceDelayExplained', date: '2026-09-10', plannedAcceptanceDate: '2026-11-30' }, ...more);

describeRule('xichuan-2025/art19-acceptance-by-stated-date', 19, '并明确验收时间', {
  holds: [
    { name: '在明确的验收时间当天验收', facts: explained(on('finalAcceptancePassed', '2026-11-30')), asOf: '2026-12-15' },
    { name: '距明确的时间尚远', facts: explained(), asOf: '2026-10-01' },
    { name: '没有书面说明（由第十八条处理）', facts: inAcceptance(on('completed', '2026-03-16')), asOf: '2026-12-15' },
  ],
  fires: [
    { name: '明确的验收时间当天尚未验收：提示', facts: explained(), asOf: '2026-11-30', severity: 'info', dueDate: '2026-11-30' },
    { name: '明确的验收时间已过：警示', facts: explained(), asOf: '2026-12-01', severity: 'warning', dueDate: '2026-11-30' },
    { name: '晚于明确的时间验收', facts: explained(on('finalAcceptanceFailed', '2026-12-01')), asOf: '2026-12-15', severity: 'info' },
  ],
});

// 第十九条 未通过验收的项目,项目建设单位在一个月内完成整改后,重新组织验收。
// Failed Mon 2026-05-04 → one month ends Thu 2026-06-04.
const failed = (...more: LifecycleEventInput[]) => inAcceptance(on('completed', '2026-03-16'), on('finalAcceptanceFailed', '2026-05-04'), ...more);

describeRule('xichuan-2025/art19-rectify-within-a-month', 19, '未通过验收的项目,项目建设单位在一个月内完成整改后', {
  holds: [
    { name: '一个月期满当天完成整改', facts: failed(on('rectificationCompleted', '2026-06-04')), asOf: '2026-06-20' },
    { name: '整改后重新验收通过', facts: failed(on('finalAcceptancePassed', '2026-05-30')), asOf: '2026-06-20' },
    { name: '验收通过的项目无需整改', facts: inAcceptance(on('completed', '2026-03-16'), on('finalAcceptancePassed', '2026-05-04')), asOf: '2026-06-20' },
  ],
  fires: [
    { name: '期满前一天未整改：提示', facts: failed(), asOf: '2026-06-03', severity: 'info', dueDate: '2026-06-04' },
    { name: '期满当天未整改：提示', facts: failed(), asOf: '2026-06-04', severity: 'info', dueDate: '2026-06-04' },
    { name: '期满后一天未整改：警示', facts: failed(), asOf: '2026-06-05', severity: 'warning', dueDate: '2026-06-04' },
    { name: '期满后一天才完成整改', facts: failed(on('rectificationCompleted', '2026-06-05')), asOf: '2026-06-20', severity: 'info', says: '晚于' },
  ],
});

describeRule('xichuan-2025/art19-reaccept-after-rectification', 19, '重新组织验收', {
  holds: [
    { name: '整改后已重新组织验收', facts: failed(on('rectificationCompleted', '2026-05-20'), on('finalAcceptancePassed', '2026-05-28')), asOf: '2026-06-20' },
    { name: '尚未整改（由一个月期限处理）', facts: failed(), asOf: '2026-05-10' },
  ],
  fires: [{ name: '整改完成后未重新组织验收', facts: failed(on('rectificationCompleted', '2026-05-20')), asOf: '2026-06-20', severity: 'info' }],
});
