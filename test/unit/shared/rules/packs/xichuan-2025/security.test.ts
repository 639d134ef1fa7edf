import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const at = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project, events });

// 第三十一条 ……同步规划、同步建设、同步运行密码保障系统并定期评估。
describeRule('xichuan-2025/art31-crypto-planned', 31, '同步规划、同步建设、同步运行密码保障系统', {
  holds: [
    { name: '批复时已编制密码应用方案', facts: at({ stage: 'approved', cryptoPlan: 'planned' }), asOf: ASOF },
    { name: '审查中尚未要求', facts: at({ stage: 'underReview' }), asOf: ASOF },
    { name: '单纯设备采购不涉及密码保障系统', facts: facts({ project: { stage: 'construction' }, attributes: { procurementOnly: true } }), asOf: ASOF },
  ],
  fires: [{ name: '已批复仍未规划密码应用', facts: at({ stage: 'approved' }), asOf: ASOF, severity: 'warning', says: '同步规划' }],
});

describeRule('xichuan-2025/art31-crypto-built', 31, '同步规划、同步建设、同步运行密码保障系统', {
  holds: [
    { name: '验收时密码保障系统已同步建设', facts: at({ stage: 'acceptance', cryptoPlan: 'built' }), asOf: ASOF },
    { name: '建设中只有方案', facts: at({ stage: 'construction', cryptoPlan: 'planned' }), asOf: ASOF },
  ],
  fires: [{ name: '验收时密码保障系统仍只有方案', facts: at({ stage: 'acceptance', cryptoPlan: 'planned' }), asOf: ASOF, severity: 'warning', says: '同步建设' }],
});

// Assessed 2025-06-02 (Mon), 12-month default period → due 2026-06-02 (Tue).
const assessed = (date: string, passed = true): LifecycleEventInput => ({ kind: 'cryptoAssessed', date, passed });
const operating = (...events: LifecycleEventInput[]) => at({ stage: 'operation', cryptoPlan: 'assessed' }, events);

describeRule('xichuan-2025/art31-crypto-assessed', 31, '同步运行密码保障系统并定期评估', {
  holds: [
    { name: '评估后一年内，距下次评估一个月以上', facts: operating(assessed('2025-09-01')), asOf: ASOF },
    { name: '尚未投入运行', facts: at({ stage: 'acceptance', cryptoPlan: 'built' }), asOf: ASOF },
  ],
  fires: [
    { name: '运行中从未通过密评', facts: operating(), asOf: ASOF, severity: 'warning', says: '尚无通过' },
    { name: '未通过的密评不算', facts: operating(assessed('2026-01-05', false)), asOf: ASOF, severity: 'warning' },
    { name: '定期评估：到期当天提示', facts: operating(assessed('2025-06-02')), asOf: '2026-06-02', severity: 'info', dueDate: '2026-06-02' },
    { name: '定期评估：到期后一天逾期', facts: operating(assessed('2025-06-02')), asOf: '2026-06-03', severity: 'warning', dueDate: '2026-06-02' },
  ],
});

// 第三十二条 项目建设单位应当按照国家和省关于网络与信息安全风险评估的有关规定,严格落实等级保护要求。
describeRule('xichuan-2025/art32-mlps-graded', 32, '严格落实等级保护要求', {
  holds: [
    { name: '建设实施时已定级', facts: at({ stage: 'construction', mlpsLevel: 2 }), asOf: ASOF },
    { name: '建设前尚可未定级', facts: at({ stage: 'procurement' }), asOf: ASOF },
  ],
  fires: [{ name: '建设实施时仍未定级', facts: at({ stage: 'construction' }), asOf: ASOF, severity: 'warning' }],
});

describeRule('xichuan-2025/art32-mlps-assessed', 32, '严格落实等级保护要求', {
  holds: [
    { name: '第三级系统运行中，测评通过', facts: at({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2026-01-10', passed: true }]), asOf: ASOF },
    { name: '第一级系统不要求测评', facts: at({ stage: 'operation', mlpsLevel: 1 }), asOf: ASOF },
  ],
  fires: [
    { name: '第二级系统运行中无测评', facts: at({ stage: 'operation', mlpsLevel: 2 }), asOf: ASOF, severity: 'warning', says: '第二级' },
    { name: '测评未通过', facts: at({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2026-01-10', passed: false }]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第三十三条 项目建设单位应当优先采购自主可靠的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品。
describeRule('xichuan-2025/art33-prefer-domestic-products', 33, '优先采购自主可靠的信息安全设备', {
  holds: [
    { name: '关键产品均自主可靠', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'all' } }), asOf: ASOF },
    { name: '采购前不提示', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF },
  ],
  fires: [
    { name: '部分关键产品非自主可靠', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'partial' } }), asOf: ASOF, severity: 'info', says: '部分' },
    { name: '未登记产品情况', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF, severity: 'info', says: '尚未登记' },
  ],
});
