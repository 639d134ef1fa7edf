import type { ChangeApproval, LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';

// 第十四条 项目采购的货物、工程和服务应当按照有关法律法规执行，确保项目安全可靠。
describeRule('xunyang-2022/art14-secure-reliable-products', 14, '项目采购的货物、工程和服务应当按照有关法律法规执行，确保项目安全可靠', {
  holds: [
    { name: '关键产品均安全可靠', facts: facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'all' } }), asOf: ASOF },
    { name: '采购前尚不要求登记', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF },
  ],
  fires: [
    { name: '关键产品均未采用安全可靠产品', facts: facts({ project: { stage: 'operation' }, compliance: { keyProductsDomestic: 'none' } }), asOf: ASOF, severity: 'info', says: '均未' },
    { name: '尚未登记', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'info' },
  ],
});

const change = (approvals?: ChangeApproval[]): LifecycleEventInput[] => [
  { kind: 'changeRequested', date: '2026-05-01', changeId: 'BG-1', adjustmentFen: 50_000_000, totalAfterFen: 1_000_000_000, reason: 'other', goalsUnchanged: true },
  ...(approvals ? [{ kind: 'changeApproved', date: '2026-05-10', changeId: 'BG-1', approvals } as LifecycleEventInput] : []),
];

// 第十五条 无特殊原因，项目建设过程中应当严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标。
describeRule('xunyang-2022/art15-change-approved', 15, '项目建设过程中应当严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标', {
  holds: [
    { name: '没有调整', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF },
    { name: '调整经原审批部门重新批准', facts: facts({ project: { stage: 'construction' }, events: change(['reapproved']) }), asOf: ASOF },
  ],
  fires: [
    { name: '调整未经批准', facts: facts({ project: { stage: 'construction' }, events: change() }), asOf: ASOF, severity: 'warning' },
    { name: '只备案不等于批准', facts: facts({ project: { stage: 'construction' }, events: change(['filedWithApprover']) }), asOf: ASOF, severity: 'warning' },
  ],
});

const invested = (totalInvestmentFen: number, approvedEstimateFen?: number, events: LifecycleEventInput[] = []) =>
  facts({ project: { stage: 'construction', totalInvestmentFen }, attributes: approvedEstimateFen === undefined ? {} : { approvedEstimateFen }, events });

describeRule('xunyang-2022/art15-investment-within-approved', 15, '批准文件中核定的建设内容、规模、标准、投资额和其他控制指标', {
  holds: [
    { name: '总投资恰为核定投资额', facts: invested(1_000_000_000, 1_000_000_000), asOf: ASOF },
    { name: '未登记核定投资额', facts: invested(1_000_000_000), asOf: ASOF },
    { name: '可研批复的金额作为核定投资额', facts: invested(900_000_000, undefined, [{ kind: 'review', review: 'feasibility', outcome: 'approved', date: '2025-12-01', approvedAmountFen: 900_000_000 }]), asOf: ASOF },
  ],
  fires: [
    { name: '超出核定投资额一分', facts: invested(1_000_000_001, 1_000_000_000), asOf: ASOF, severity: 'warning' },
    {
      name: '超出可研批复金额',
      facts: invested(900_000_001, undefined, [{ kind: 'review', review: 'feasibility', outcome: 'approved', date: '2025-12-01', approvedAmountFen: 900_000_000 }]),
      asOf: ASOF,
      severity: 'warning',
    },
  ],
});

// 第十七条 ……在建设期内形成项目绩效评价报告，每年底前提交至区信息办。
// Started Mon 2026-03-02; the 2026 report is due Thu 2026-12-31 (a fixed date).
const building = (project: Partial<Project>, ...events: LifecycleEventInput[]) => facts({ project: { stage: 'construction', ...project }, events });
const started = on('constructionStarted', '2026-03-02');
const reported = (year: number, date: string): LifecycleEventInput => ({ kind: 'performanceReportSubmitted', year, date });

describeRule('xunyang-2022/art17-yearly-performance-report', 17, '在建设期内形成项目绩效评价报告，每年底前提交至区信息办', {
  holds: [
    { name: '年底当天提交', facts: building({}, started, reported(2026, '2026-12-31')), asOf: '2027-01-05' },
    { name: '距年底一个月以上', facts: building({}, started), asOf: '2026-11-30' },
    { name: '尚未开工', facts: facts({ project: { stage: 'procurement' } }), asOf: '2027-01-05' },
    {
      name: '当年建成，报告已交，次年不再要求',
      facts: building({ stage: 'acceptance' }, started, on('completed', '2026-11-20'), reported(2026, '2026-12-20')),
      asOf: '2027-12-31',
    },
  ],
  fires: [
    { name: '年底前一天未提交：提示', facts: building({}, started), asOf: '2026-12-30', severity: 'info', dueDate: '2026-12-31' },
    { name: '年底当天未提交：提示', facts: building({}, started), asOf: '2026-12-31', severity: 'info', dueDate: '2026-12-31' },
    { name: '次年1月1日仍未提交：警示', facts: building({}, started), asOf: '2027-01-01', severity: 'warning', dueDate: '2026-12-31' },
    { name: '次年才提交：逾期提示', facts: building({}, started, reported(2026, '2027-01-04')), asOf: '2027-02-01', severity: 'info', says: '晚于' },
    {
      name: '未登记开工日期时按合同签订年度',
      facts: building({}, { kind: 'contractSigned', date: '2026-02-01', clauses: [] }),
      asOf: '2027-01-01',
      severity: 'warning',
      dueDate: '2026-12-31',
    },
    { name: '跨两个年度未提交：两份报告', facts: building({}, on('constructionStarted', '2025-05-06')), asOf: '2027-01-05', severity: 'warning', count: 2 },
    {
      name: '2028-12-31 是星期日，截止日不顺延（固定日期）',
      facts: building({}, on('constructionStarted', '2028-03-01')),
      asOf: '2029-01-02',
      severity: 'warning',
      dueDate: '2028-12-31',
    },
  ],
});

// 第十八条 政务信息化项目维保费用纳入年度财政预算
const om = (year: number): LifecycleEventInput => ({ kind: 'omBudgetRequested', year, date: `${year - 1}-10-15` });

describeRule('xunyang-2022/art18-maintenance-in-budget', 18, '政务信息化项目维保费用纳入年度财政预算', {
  holds: [
    { name: '已申请下一年度维保预算', facts: facts({ project: { stage: 'operation' }, events: [om(2027)] }), asOf: '2026-11-01' },
    { name: '本年度维保已在预算中', facts: facts({ project: { stage: 'operation' }, events: [om(2026)] }), asOf: '2026-06-01' },
    { name: '尚未投入运行', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF },
  ],
  fires: [
    { name: '运行中没有维保预算', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'info' },
    { name: '只有往年的维保预算', facts: facts({ project: { stage: 'operation' }, events: [om(2025)] }), asOf: ASOF, severity: 'info' },
  ],
});

