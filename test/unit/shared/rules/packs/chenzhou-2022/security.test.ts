import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const at = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project, events });

// 第十四条 项目建设单位应当按照《中华人民共和国网络安全法》等法律法规，建立网络安全管理制度
describeRule('chenzhou-2022/art14-mlps-graded', 14, '按照《中华人民共和国网络安全法》等法律法规，建立网络安全管理制度', {
  holds: [
    { name: '建设实施时已定级', facts: at({ stage: 'construction', mlpsLevel: 2 }), asOf: ASOF },
    { name: '招标采购时尚未要求', facts: at({ stage: 'procurement' }), asOf: ASOF },
    { name: '单纯设备采购不涉及系统定级', facts: facts({ project: { stage: 'operation' }, attributes: { procurementOnly: true } }), asOf: ASOF },
  ],
  fires: [{ name: '建设实施时仍未定级', facts: at({ stage: 'construction' }), asOf: ASOF, severity: 'warning', says: '网络安全法' }],
});

// 第十四条 ……定期开展网络安全检测与风险评估. Last done Mon 2025-06-02; 12-month default → due Tue 2026-06-02.
const assessed = (kind: 'securityAssessed' | 'mlpsAssessed', date: string): LifecycleEventInput =>
  kind === 'securityAssessed' ? { kind, date } : { kind, date, passed: true };
const operating = (...events: LifecycleEventInput[]) => at({ stage: 'operation', mlpsLevel: 2 }, events);

describeRule('chenzhou-2022/art14-security-assessment', 14, '定期开展网络安全检测与风险评估', {
  holds: [
    { name: '一年内已检测评估，距下次一个月以上', facts: operating(assessed('securityAssessed', '2025-09-01')), asOf: ASOF },
    { name: '等级保护测评也是网络安全检测', facts: operating(assessed('mlpsAssessed', '2025-09-01')), asOf: ASOF },
    { name: '尚未投入运行', facts: at({ stage: 'acceptance' }), asOf: ASOF },
  ],
  fires: [
    { name: '运行中从未检测评估', facts: operating(), asOf: ASOF, severity: 'warning', says: '尚无' },
    { name: '到期前一天：提示', facts: operating(assessed('securityAssessed', '2025-06-02')), asOf: '2026-06-01', severity: 'info', dueDate: '2026-06-02' },
    { name: '到期当天：提示', facts: operating(assessed('securityAssessed', '2025-06-02')), asOf: '2026-06-02', severity: 'info', dueDate: '2026-06-02' },
    { name: '到期后一天：逾期', facts: operating(assessed('securityAssessed', '2025-06-02')), asOf: '2026-06-03', severity: 'warning', dueDate: '2026-06-02' },
    {
      name: '对应日为星期日（2025-03-01 → 2026-03-01），顺延至 2026-03-02',
      facts: operating(assessed('mlpsAssessed', '2025-03-01')),
      asOf: '2026-03-03',
      severity: 'warning',
      dueDate: '2026-03-02',
    },
  ],
});

// 第十四条 ……应当落实国家密码管理有关法律法规和标准规范的工作要求。
const cryptoQuote = '应当落实国家密码管理有关法律法规和标准规范的工作要求';
describeRule('chenzhou-2022/art14-crypto-planned', 14, cryptoQuote, {
  holds: [
    { name: '列入年度计划时已编制密码应用方案', facts: at({ stage: 'planned', cryptoPlan: 'planned' }), asOf: ASOF },
    { name: '审定前尚未要求', facts: at({ stage: 'approved' }), asOf: ASOF },
  ],
  fires: [{ name: '列入年度计划仍未规划密码应用', facts: at({ stage: 'planned' }), asOf: ASOF, severity: 'warning' }],
});

describeRule('chenzhou-2022/art14-crypto-built', 14, cryptoQuote, {
  holds: [
    { name: '验收时密码保障系统已建成', facts: at({ stage: 'acceptance', cryptoPlan: 'built' }), asOf: ASOF },
    { name: '建设中只有方案', facts: at({ stage: 'construction', cryptoPlan: 'planned' }), asOf: ASOF },
  ],
  fires: [{ name: '验收时仍只有方案', facts: at({ stage: 'acceptance', cryptoPlan: 'planned' }), asOf: ASOF, severity: 'warning' }],
});

// 第九条 市委办开展对……安全可靠要求……的前置审查和实施、验收、运行等全过程监督指导
describeRule('chenzhou-2022/art9-secure-reliable-products', 9, '安全可靠要求', {
  holds: [
    { name: '关键产品均安全可靠', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'all' } }), asOf: ASOF },
    { name: '招标采购前尚未要求登记', facts: at({ stage: 'procurement' }), asOf: ASOF },
  ],
  fires: [
    { name: '部分关键产品未采用安全可靠产品', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'partial' } }), asOf: ASOF, severity: 'info', says: '部分' },
    { name: '尚未登记', facts: at({ stage: 'operation' }), asOf: ASOF, severity: 'info', says: '尚未登记' },
  ],
});
