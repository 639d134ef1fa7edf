import { CONTRACT_CLAUSES } from '../../../../../../shared/domain/lifecycle-events';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ALL = [...CONTRACT_CLAUSES];
const signed = (clauses: string[], projectClass: 'investment' | 'service' = 'investment') =>
  facts({
    project: { stage: 'construction', projectClass },
    events: [{ kind: 'contractSigned', date: '2026-03-10', clauses: clauses as (typeof CONTRACT_CLAUSES)[number][] }],
  });

// 第十五条 建设合同应包含以下内容:工程建设内容、工程建设标准、技术规范……保密条款、售后服务和违约责任等内容。
describeRule('xichuan-2025/art15-contract-clauses', 15, '建设合同应包含以下内容', {
  holds: [
    { name: '合同包含全部十四项内容', facts: signed(ALL), asOf: '2026-04-01' },
    { name: '尚未签订合同', facts: facts({ project: { stage: 'procurement' } }), asOf: '2026-04-01' },
    { name: '政府购买服务类项目合同按照相关规定执行', facts: signed([], 'service'), asOf: '2026-04-01' },
  ],
  fires: [
    {
      name: '缺少保密条款和违约责任',
      facts: signed(ALL.filter((c) => c !== 'confidentiality' && c !== 'liabilityForBreach')),
      asOf: '2026-04-01',
      severity: 'warning',
      says: '保密条款、违约责任',
    },
    { name: '合同未登记任何条款', facts: signed([]), asOf: '2026-04-01', severity: 'warning', says: '工程建设内容' },
  ],
});

// 第十五条 政府购买服务承接主体应当按照合同约定提供服务,不得将服务项目转包给其他主体
describeRule('xichuan-2025/art15-service-no-subcontracting', 15, '不得将服务项目转包给其他主体', {
  holds: [
    { name: '承接主体自行提供服务', facts: facts({ project: { projectClass: 'service' } }), asOf: '2026-04-01' },
    { name: '投资建设类项目不适用本款', facts: facts({ compliance: { service: { subcontracted: true } } }), asOf: '2026-04-01' },
  ],
  fires: [
    {
      name: '服务项目被转包',
      facts: facts({ project: { projectClass: 'service' }, compliance: { service: { subcontracted: true } } }),
      asOf: '2026-04-01',
      severity: 'blocking',
    },
  ],
});
