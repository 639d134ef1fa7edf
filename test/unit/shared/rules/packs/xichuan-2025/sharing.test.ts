import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { InventoryEntry } from '../../../../../../shared/rules/framework/facts';
import { testCalendar } from '../../support/calendar';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';

// 第二十五条 ……不得单独新建机房、网络、存储资源、计算资源等基础设施。已建、在建的机房……向县政务云平台整合
describeRule('xichuan-2025/art25-no-new-server-room', 25, '不得单独新建机房、网络、存储资源、计算资源等基础设施', {
  holds: [
    { name: '部署于政务云', facts: facts(), asOf: ASOF },
    { name: '不涉及部署', facts: facts({ project: { cloudDeployment: 'notApplicable' } }), asOf: ASOF },
  ],
  fires: [
    { name: '新建系统部署于自建机房', facts: facts({ project: { cloudDeployment: 'ownRoom' } }), asOf: ASOF, severity: 'blocking' },
    { name: '单独新建存储、计算资源', facts: facts({ compliance: { infrastructure: { newStandaloneInfrastructure: true } } }), asOf: ASOF, severity: 'blocking' },
    { name: '新建机房', facts: facts({ project: { kind: 'upgrade' }, compliance: { infrastructure: { newServerRoom: true } } }), asOf: ASOF, severity: 'blocking' },
    {
      name: '已建系统仍在自建机房：应向县政务云平台整合',
      facts: facts({ project: { kind: 'upgrade', cloudDeployment: 'ownRoom' } }),
      asOf: ASOF,
      severity: 'warning',
      says: '向县政务云平台整合',
    },
  ],
});

describeRule('xichuan-2025/art25-deploy-on-gov-cloud', 25, '依托县级政务云平台和县级电子政务网络平台进行集约化部署建设', {
  holds: [
    { name: '已批复，部署于政务云', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF },
    { name: '审查中，部署方式尚可未定', facts: facts({ project: { stage: 'underReview', cloudDeployment: 'undecided' } }), asOf: ASOF },
  ],
  fires: [{ name: '已批复，部署方式仍未确定', facts: facts({ project: { stage: 'approved', cloudDeployment: 'undecided' } }), asOf: ASOF, severity: 'warning' }],
});

const thirdParty = (contractEndsOn: string, renewed: boolean, cloudDeployment: 'govCloud' | 'undecided' = 'undecided') =>
  facts({ project: { stage: 'operation', cloudDeployment }, compliance: { infrastructure: { thirdPartyCloud: { contractEndsOn, renewed } } } });

// 第二十五条 采购第三方云的,合同到期后不再续签,统一使用县级政务云资源。
describeRule('xichuan-2025/art25-third-party-cloud-not-renewed', 25, '合同到期后不再续签', {
  holds: [
    { name: '未采购第三方云', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF },
    { name: '到期未续签，已迁至政务云', facts: thirdParty('2026-05-31', false, 'govCloud'), asOf: ASOF },
  ],
  fires: [
    { name: '到期后续签', facts: thirdParty('2026-05-31', true), asOf: ASOF, severity: 'blocking' },
    { name: '到期当天：提示迁移', facts: thirdParty('2026-06-01', false), asOf: ASOF, severity: 'info', dueDate: '2026-06-01' },
    { name: '到期后一天仍未使用政务云', facts: thirdParty('2026-05-31', false), asOf: ASOF, severity: 'warning' },
  ],
});

// 第二十七条 项目运行使用阶段,项目建设单位应当建立共享信息目录和数据实时更新、信息共享长效机制
describeRule('xichuan-2025/art27-sharing-mechanism', 27, '建立共享信息目录和数据实时更新、信息共享长效机制', {
  holds: [
    { name: '已通过共享交换平台共享', facts: facts({ project: { stage: 'operation', dataSharing: 'shared' } }), asOf: ASOF },
    { name: '尚未运行', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF },
  ],
  fires: [
    { name: '运行中未编制共享信息目录', facts: facts({ project: { stage: 'operation', dataSharing: 'none' } }), asOf: ASOF, severity: 'warning', says: '尚未编制共享信息目录' },
    { name: '有目录未共享', facts: facts({ project: { stage: 'operation', dataSharing: 'catalogued' } }), asOf: ASOF, severity: 'warning' },
  ],
});

describeRule('xichuan-2025/art27-no-exclusive-opening', 27, '不得将应当普遍共享的数据仅向特定企业、社会组织开放', {
  holds: [{ name: '普遍共享', facts: facts({ project: { stage: 'operation', dataSharing: 'shared' } }), asOf: ASOF }],
  fires: [{ name: '仅向特定企业开放', facts: facts({ compliance: { sharing: { exclusiveOpening: true } } }), asOf: ASOF, severity: 'blocking' }],
});

// 第二十八条 项目建设单位应当每年编制本部门政务信息系统基础目录清单,……并报县行政审批和政务信息管理局备案。
// The filing day is an office parameter, default 12-31 (marked as a default).
const inOperation = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'operation' }, events: [on('operationStarted', '2026-03-01'), ...events] });
const filed = (year: number, date: string): LifecycleEventInput => ({ kind: 'inventoryFiled', date, year });

describeRule('xichuan-2025/art28-yearly-inventory', 28, '每年编制本部门政务信息系统基础目录清单', {
  holds: [
    { name: '当年清单于 12 月 31 日当天报备', facts: inOperation(filed(2026, '2026-12-31')), asOf: '2027-01-10' },
    { name: '距年底一个月以上', facts: inOperation(), asOf: '2026-11-30' },
    { name: '当年 12 月 31 日后才投入运行的系统，当年不需列入', facts: facts({ project: { stage: 'operation' }, events: [on('operationStarted', '2027-01-05')] }), asOf: '2027-01-10' },
  ],
  fires: [
    { name: '12 月 31 日当天尚未报备：提示', facts: inOperation(), asOf: '2026-12-31', severity: 'info', dueDate: '2026-12-31' },
    { name: '次年 1 月 1 日仍未报备上年清单：警示', facts: inOperation(), asOf: '2027-01-01', severity: 'warning', dueDate: '2026-12-31' },
    { name: '次年 1 月 1 日才报备', facts: inOperation(filed(2026, '2027-01-01')), asOf: '2027-01-10', severity: 'info', says: '晚于' },
    {
      name: '审查部门将截止日设为 3 月 31 日：当年清单 3 月 31 日后未报备',
      facts: inOperation(filed(2025, '2025-12-20')),
      asOf: '2026-04-01',
      options: {
        calendar: testCalendar,
        overrides: { inventoryFilingDeadline: [{ from: '2026-01-01', until: null, value: '03-31' }] },
      },
      severity: 'warning',
      dueDate: '2026-03-31',
    },
  ],
});

const COMPLETE: InventoryEntry = {
  systemName: '智慧教育平台',
  systemType: '业务应用系统',
  basis: '淅政办[2025]6号',
  approvalDepartment: '县发改委',
  approvalDocumentNo: '淅发改[2026]1号',
  investmentFen: 1_000_000_000,
  omCostFen: 50_000_000,
  fundingChannel: '本级财政',
  resourceCatalogue: '已编制',
  sharingStatus: '已共享',
  protectionStatus: '第三级，已备案',
  performanceIndicators: '月活跃用户 ≥ 500',
};

// 第二十八条 ……列明已建成投入运行的政务信息系统名称、类型、建设依据……等级保护和分级保护情况、绩效指标等内容
describeRule('xichuan-2025/art28-inventory-entry-complete', 28, '等级保护和分级保护情况、绩效指标等内容', {
  holds: [
    { name: '条目列明全部内容', facts: facts({ project: { stage: 'operation' }, compliance: { inventoryEntry: COMPLETE } }), asOf: ASOF },
    { name: '尚未投入运行', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF },
  ],
  fires: [
    {
      name: '缺少绩效指标',
      facts: facts({ project: { stage: 'operation' }, compliance: { inventoryEntry: { ...COMPLETE, performanceIndicators: '' } } }),
      asOf: ASOF,
      severity: 'warning',
      says: '绩效指标',
    },
    { name: '没有条目', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, severity: 'warning', says: '尚未编制' },
  ],
});
