import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, OFFICIAL } from './fixtures';

const at = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project, events });

// 第二十六条 市级部门根据本部门信息化建设的实际需求，充分利用电子政务云平台基础资源
describeRule('heze-2021/art26-use-gov-cloud', 26, '充分利用电子政务云平台基础资源', {
  holds: [
    { name: '立项后部署于电子政务云', facts: at({ stage: 'approved' }), asOf: ASOF, ...OFFICIAL },
    { name: '评审中尚可未定', facts: at({ stage: 'underReview', cloudDeployment: 'undecided' }), asOf: ASOF, ...OFFICIAL },
    { name: '已运行的系统由迁移规则处理', facts: at({ stage: 'operation', cloudDeployment: 'ownRoom', dataSharing: 'shared' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '立项后拟部署于自建机房', facts: at({ stage: 'approved', cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'info', says: '自建机房', ...OFFICIAL },
    { name: '建设中部署方式仍未定', facts: at({ stage: 'construction', cloudDeployment: 'undecided' }), asOf: ASOF, severity: 'info', says: '尚未确定', ...OFFICIAL },
  ],
});

// 第二十六条 已建成并投入使用的信息应用系统，原则上应当……逐步迁移至电子政务云平台。
describeRule('heze-2021/art26-migrate-to-gov-cloud', 26, '逐步迁移至电子政务云平台', {
  holds: [
    { name: '已迁移至电子政务云平台', facts: at({ stage: 'operation', dataSharing: 'shared' }), asOf: ASOF, ...OFFICIAL },
    { name: '建设中', facts: at({ stage: 'construction', cloudDeployment: 'ownRoom' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '已投入使用的系统仍在自建机房', facts: at({ stage: 'operation', cloudDeployment: 'ownRoom', dataSharing: 'shared' }), asOf: ASOF, severity: 'warning', ...OFFICIAL }],
});

// 第二十九条 ……信息应用系统已投入运行但未实现信息共享的部门，应实施相应的共享改造。
describeRule('heze-2021/art29-sharing-retrofit', 29, '信息应用系统已投入运行但未实现信息共享的部门，应实施相应的共享改造', {
  holds: [
    { name: '已实现信息共享', facts: at({ stage: 'operation', dataSharing: 'shared' }), asOf: ASOF, ...OFFICIAL },
    { name: '不涉及数据共享', facts: at({ stage: 'operation', dataSharing: 'notApplicable' }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '已投入运行、只有资源目录', facts: at({ stage: 'operation', dataSharing: 'catalogued' }), asOf: ASOF, severity: 'warning', ...OFFICIAL },
    { name: '已投入运行、未共享', facts: at({ stage: 'operation', dataSharing: 'none' }), asOf: ASOF, severity: 'warning', ...OFFICIAL },
  ],
});

const omBudget: LifecycleEventInput = { kind: 'omBudgetRequested', date: '2022-03-01', year: 2022 };
const payment: LifecycleEventInput = { kind: 'paymentRequested', date: '2022-03-01' };

// 第三十条 不按规定接入数据共享开放平台、不按要求共享数据资源、……的，不再拨付后续建设资金和运行维护经费。
describeRule('heze-2021/art30-no-funds-without-sharing', 30, '不再拨付后续建设资金和运行维护经费', {
  holds: [
    { name: '已接入平台共享数据，申请运维经费', facts: at({ stage: 'operation', dataSharing: 'shared' }, [omBudget]), asOf: ASOF, ...OFFICIAL },
    { name: '未共享但未申请资金（由第二十九条提示改造）', facts: at({ stage: 'operation', dataSharing: 'none' }), asOf: ASOF, ...OFFICIAL },
    { name: '建设中的进度款', facts: at({ stage: 'construction', dataSharing: 'none' }, [payment]), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '未按要求共享数据资源却申请运维经费', facts: at({ stage: 'operation', dataSharing: 'catalogued' }, [omBudget]), asOf: ASOF, severity: 'blocking', says: '运行维护经费申请', ...OFFICIAL },
    {
      name: '未完成系统对接却申请后续建设资金',
      facts: facts({ project: { stage: 'acceptance', dataSharing: 'shared' }, events: [payment], compliance: { sharing: { integrationIncomplete: true } } }),
      asOf: ASOF,
      severity: 'blocking',
      says: '对接',
      ...OFFICIAL,
    },
  ],
});
