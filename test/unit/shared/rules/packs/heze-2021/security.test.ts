import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, OFFICIAL } from './fixtures';

const at = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project: { dataSharing: 'shared', ...project }, events });

// 第三十一条 ……严格落实等级保护和分级保护要求，切实保障政务信息系统安全稳定运行。
describeRule('heze-2021/art31-mlps-graded', 31, '严格落实等级保护和分级保护要求', {
  holds: [
    { name: '建设实施时已定级', facts: at({ stage: 'construction', mlpsLevel: 2 }), asOf: ASOF, ...OFFICIAL },
    { name: '建设前尚可未定级', facts: at({ stage: 'procurement' }), asOf: ASOF, ...OFFICIAL },
    { name: '单纯设备采购不涉及系统', facts: facts({ project: { stage: 'construction' }, attributes: { procurementOnly: true } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '建设实施时仍未定级', facts: at({ stage: 'construction' }), asOf: ASOF, severity: 'warning', ...OFFICIAL }],
});

describeRule('heze-2021/art31-mlps-assessed', 31, '严格落实等级保护和分级保护要求', {
  holds: [
    { name: '第三级系统测评通过', facts: at({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2022-01-10', passed: true }]), asOf: ASOF, ...OFFICIAL },
    { name: '第一级系统不要求测评', facts: at({ stage: 'operation', mlpsLevel: 1 }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '第二级系统运行中无测评', facts: at({ stage: 'operation', mlpsLevel: 2 }), asOf: ASOF, severity: 'warning', says: '第二级', ...OFFICIAL },
    { name: '测评未通过', facts: at({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2022-01-10', passed: false }]), asOf: ASOF, severity: 'warning', ...OFFICIAL },
  ],
});

// 第三十一条 ……定期开展网络安全检测与风险评估。  Every 12 months by default (office parameter).
// Last one Tue 2021-06-01 → next due Wed 2022-06-01.
const assessedOn = (date: string) => at({ stage: 'operation', mlpsLevel: 2 }, [on('securityAssessed', date)]);

describeRule('heze-2021/art31-security-assessment', 31, '定期开展网络安全检测与风险评估', {
  holds: [
    { name: '距下次评估31天', facts: assessedOn('2021-06-01'), asOf: '2022-05-01', ...OFFICIAL },
    { name: '尚未投入运行', facts: at({ stage: 'acceptance' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '运行中从未检测评估', facts: at({ stage: 'operation' }), asOf: ASOF, severity: 'warning', says: '尚无', ...OFFICIAL },
    { name: '距下次评估30天：提示', facts: assessedOn('2021-06-01'), asOf: '2022-05-02', severity: 'info', dueDate: '2022-06-01', ...OFFICIAL },
    { name: '到期当天：提示', facts: assessedOn('2021-06-01'), asOf: '2022-06-01', severity: 'info', dueDate: '2022-06-01', ...OFFICIAL },
    { name: '到期后一天：逾期', facts: assessedOn('2021-06-01'), asOf: '2022-06-02', severity: 'warning', dueDate: '2022-06-01', says: '已逾期', ...OFFICIAL },
  ],
});

// 第三十二条 ……同步规划、同步建设、同步运行密码保障系统并定期评估。
describeRule('heze-2021/art32-crypto-planned', 32, '同步规划、同步建设、同步运行密码保障系统', {
  holds: [
    { name: '立项时已编制密码应用方案', facts: at({ stage: 'approved', cryptoPlan: 'planned' }), asOf: ASOF, ...OFFICIAL },
    { name: '评审中尚未要求', facts: at({ stage: 'underReview' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '已立项仍未规划密码应用', facts: at({ stage: 'approved' }), asOf: ASOF, severity: 'warning', says: '同步规划', ...OFFICIAL }],
});

describeRule('heze-2021/art32-crypto-built', 32, '同步规划、同步建设、同步运行密码保障系统', {
  holds: [
    { name: '验收时密码保障系统已同步建设', facts: at({ stage: 'acceptance', cryptoPlan: 'built' }), asOf: ASOF, ...OFFICIAL },
    { name: '建设中只有方案', facts: at({ stage: 'construction', cryptoPlan: 'planned' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '验收时仍只有方案', facts: at({ stage: 'acceptance', cryptoPlan: 'planned' }), asOf: ASOF, severity: 'warning', says: '同步建设', ...OFFICIAL }],
});

// Passed Tue 2021-06-01, every 12 months by default → due Wed 2022-06-01.
const crypto = (...events: LifecycleEventInput[]) => at({ stage: 'operation', cryptoPlan: 'assessed' }, events);
const passed = (date: string, ok = true): LifecycleEventInput => ({ kind: 'cryptoAssessed', date, passed: ok });

describeRule('heze-2021/art32-crypto-assessed', 32, '同步运行密码保障系统并定期评估', {
  holds: [
    { name: '评估后一年内，距下次一个月以上', facts: crypto(passed('2021-09-01')), asOf: ASOF, ...OFFICIAL },
    { name: '尚未投入运行', facts: at({ stage: 'acceptance', cryptoPlan: 'built' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '运行中从未通过密评', facts: crypto(), asOf: ASOF, severity: 'warning', says: '尚无通过', ...OFFICIAL },
    { name: '未通过的密评不算', facts: crypto(passed('2022-01-05', false)), asOf: ASOF, severity: 'warning', ...OFFICIAL },
    { name: '定期评估到期当天：提示', facts: crypto(passed('2021-06-01')), asOf: '2022-06-01', severity: 'info', dueDate: '2022-06-01', ...OFFICIAL },
    { name: '到期后一天：逾期', facts: crypto(passed('2021-06-01')), asOf: '2022-06-02', severity: 'warning', dueDate: '2022-06-01', ...OFFICIAL },
  ],
});

// 第三十三条 项目建设单位要按照政府采购有关法律法规，优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品。
describeRule('heze-2021/art33-prefer-domestic-products', 33, '优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品', {
  holds: [
    { name: '关键产品均自主可控', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'all' } }), asOf: ASOF, ...OFFICIAL },
    { name: '采购前不提示', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '部分关键产品非自主可控', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'partial' } }), asOf: ASOF, severity: 'info', says: '部分', ...OFFICIAL },
    { name: '未登记产品情况', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF, severity: 'info', says: '尚未登记', ...OFFICIAL },
  ],
});
