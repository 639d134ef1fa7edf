import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第三十五条 监督检查中发现项目严重逾期……应当要求项目建设单位限期整改。
// Planned completion 2026-06-30; “严重” = more than 90 days late (office parameter, default).
const late = (stage: 'construction' | 'acceptance' = 'construction', completed?: string) =>
  facts({ project: { stage }, attributes: { plannedCompletionDate: '2026-06-30' }, events: completed ? [on('completed', completed)] : [] });

describeRule('xichuan-2025/art35-serious-delay', 35, '发现项目严重逾期', {
  holds: [
    { name: '计划建成日当天', facts: late(), asOf: '2026-06-30' },
    { name: '已建成', facts: late('construction', '2026-09-01'), asOf: '2026-12-01' },
    { name: '已进入验收', facts: late('acceptance'), asOf: '2026-12-01' },
  ],
  fires: [
    { name: '逾期 1 天：提示', facts: late(), asOf: '2026-07-01', severity: 'info', says: '已逾期 1 天' },
    { name: '逾期 90 天（不超过 90 天）：仍为提示', facts: late(), asOf: '2026-09-28', severity: 'info', says: '已逾期 90 天' },
    { name: '逾期 91 天：严重逾期', facts: late(), asOf: '2026-09-29', severity: 'warning', says: '严重逾期' },
  ],
});
