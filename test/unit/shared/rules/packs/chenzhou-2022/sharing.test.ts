import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const at = (project: Partial<Project>, compliance: ProjectFactsInput['compliance'] = {}, events: LifecycleEventInput[] = []) =>
  facts({ project, compliance, events });

// 第四条（一）计算、存储等基础信息资源统一统筹运用市政务云平台资源，原则上不再分散运行和应用。
describeRule('chenzhou-2022/art4-gov-cloud', 4, '计算、存储等基础信息资源统一统筹运用市政务云平台资源，原则上不再分散运行和应用', {
  holds: [
    { name: '部署于政务云', facts: at({ stage: 'construction', cloudDeployment: 'govCloud' }), asOf: ASOF },
    { name: '审查中尚未确定部署方式', facts: at({ stage: 'underReview', cloudDeployment: 'undecided' }), asOf: ASOF },
  ],
  fires: [
    { name: '自建机房“分散运行”', facts: at({ stage: 'operation', cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'warning', says: '原则上不再分散运行和应用' },
    {
      name: '新建单独的计算、存储资源',
      facts: at({ stage: 'approved' }, { infrastructure: { newStandaloneInfrastructure: true } }),
      asOf: ASOF,
      severity: 'warning',
    },
    { name: '已审定仍未确定部署方式', facts: at({ stage: 'approved', cloudDeployment: 'undecided' }), asOf: ASOF, severity: 'warning', says: '尚未确定' },
  ],
});

// 第四条（二）数据资源统一汇聚市政务信息资源交换共享平台与大数据中心
describeRule('chenzhou-2022/art4-data-exchange-platform', 4, '数据资源统一汇聚市政务信息资源交换共享平台与大数据中心', {
  holds: [
    { name: '运行中已通过共享交换平台共享', facts: at({ stage: 'operation', dataSharing: 'shared' }), asOf: ASOF },
    { name: '不涉及数据共享', facts: at({ stage: 'operation', dataSharing: 'notApplicable' }), asOf: ASOF },
  ],
  fires: [{ name: '运行中只编制了目录', facts: at({ stage: 'operation', dataSharing: 'catalogued' }), asOf: ASOF, severity: 'warning' }],
});

// 第十二条 对不符合统筹建设和不支持共享的项目，不予审批建设
describeRule('chenzhou-2022/art12-no-approval-without-sharing', 12, '对不符合统筹建设和不支持共享的项目，不予审批建设', {
  holds: [
    { name: '已编制信息资源目录', facts: at({ stage: 'approved', dataSharing: 'catalogued' }), asOf: ASOF },
    { name: '审查中尚未审定', facts: at({ stage: 'underReview', dataSharing: 'none' }), asOf: ASOF },
  ],
  fires: [{ name: '“不支持共享”却已审定', facts: at({ stage: 'planned', dataSharing: 'none' }), asOf: ASOF, severity: 'blocking' }],
});

// 第十二条 对未按《郴州市政务信息资源共享管理办法》要求共享数据资源的政务信息系统，不予验收、不安排拨付运行维护经费。
describeRule('chenzhou-2022/art12-no-acceptance-without-sharing', 12, '要求共享数据资源的政务信息系统，不予验收', {
  holds: [
    { name: '验收时已共享', facts: at({ stage: 'acceptance', dataSharing: 'shared' }), asOf: ASOF },
    { name: '建设中尚未到验收', facts: at({ stage: 'construction', dataSharing: 'catalogued' }), asOf: ASOF },
  ],
  fires: [{ name: '验收时数据尚未共享', facts: at({ stage: 'acceptance', dataSharing: 'catalogued' }), asOf: ASOF, severity: 'blocking', says: '不予验收' }],
});

const omRequest = (year: number): LifecycleEventInput => ({ kind: 'omBudgetRequested', year, date: `${year - 1}-10-15` });

describeRule('chenzhou-2022/art12-no-om-funds-without-sharing', 12, '不安排拨付运行维护经费', {
  holds: [
    { name: '已共享的系统申请运维经费', facts: at({ stage: 'operation', dataSharing: 'shared' }, {}, [omRequest(2027)]), asOf: '2026-11-01' },
    { name: '往年的申请不再检查', facts: at({ stage: 'operation', dataSharing: 'none' }, {}, [omRequest(2026)]), asOf: '2027-01-05' },
    { name: '未申请运维经费', facts: at({ stage: 'operation', dataSharing: 'none' }), asOf: '2026-11-01' },
  ],
  fires: [
    { name: '未共享的系统申请下年度运维经费', facts: at({ stage: 'operation', dataSharing: 'none' }, {}, [omRequest(2027)]), asOf: '2026-11-01', severity: 'blocking' },
  ],
});
