import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第十五条 项目建设过程中出现工程严重逾期、重大投资损失等问题，项目建设单位应及时向领导小组办公室报告。
// Planned completion 2026-03-02; “严重逾期” is more than 90 days late (default): from 2026-06-01 (91 days) on.
const building = (...events: LifecycleEventInput[]) =>
  facts({ project: { stage: 'construction' }, attributes: { plannedCompletionDate: '2026-03-02' }, events });

describeRule('chenzhou-2022/art15-serious-delay-reported', 15, '项目建设过程中出现工程严重逾期、重大投资损失等问题，项目建设单位应及时向领导小组办公室报告', {
  holds: [
    { name: '逾期恰为 90 天，尚不属严重逾期', facts: building(), asOf: '2026-05-31' },
    { name: '严重逾期后已报告', facts: building(on('seriousProblemReported', '2026-06-01')), asOf: '2026-06-10' },
    { name: '已建成', facts: building(on('completed', '2026-05-20')), asOf: '2026-07-01' },
    { name: '未登记计划建成日期', facts: facts({ project: { stage: 'construction' } }), asOf: '2026-07-01' },
  ],
  fires: [
    { name: '逾期 91 天，未报告', facts: building(), asOf: '2026-06-01', severity: 'warning', says: '91 天' },
    { name: '只在轻微逾期时报告过，严重逾期后未再报告', facts: building(on('seriousProblemReported', '2026-04-01')), asOf: '2026-06-10', severity: 'warning' },
  ],
});
