import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2025-06-03';
const at = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project, events });
const cloud = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project, events, attributes: { govCloudPlatform: true } });

// 第十四条 ……各地各部门不再单独新建服务器存储能力、计算资源,由市城市运行管理中心(大数据中心)统筹建设或采购第三方服务资源
describeRule('laohekou-2024/art14-no-standalone-resources', 14, '各地各部门不再单独新建服务器存储能力、计算资源', {
  holds: [
    { name: '使用大数据中心政务云资源', facts: facts(), asOf: ASOF },
    { name: '由市城市运行管理中心(大数据中心)统筹建设政务云本身', facts: facts({ attributes: { govCloudPlatform: true }, compliance: { infrastructure: { newStandaloneInfrastructure: true } } }), asOf: ASOF },
  ],
  fires: [
    { name: '部门单独新建计算、存储资源', facts: facts({ compliance: { infrastructure: { newStandaloneInfrastructure: true } } }), asOf: ASOF, severity: 'blocking' },
    { name: '部门新建机房', facts: facts({ compliance: { infrastructure: { newServerRoom: true } } }), asOf: ASOF, severity: 'blocking', says: '不再单独新建' },
  ],
});

// 第十五条 大数据中心政务云要按照国家标准进行等级保护定级备案和测评
describeRule('laohekou-2024/art15-cloud-mlps-filed', 15, '大数据中心政务云要按照国家标准进行等级保护定级备案和测评', {
  holds: [
    { name: '政务云已定级备案', facts: cloud({ stage: 'construction', mlpsLevel: 3 }, [{ kind: 'mlpsFiled', date: '2025-03-03' }]), asOf: ASOF },
    { name: '政务云建设前', facts: cloud({ stage: 'procurement' }), asOf: ASOF },
    { name: '一般项目不适用（对政务云的要求）', facts: at({ stage: 'construction' }), asOf: ASOF },
  ],
  fires: [
    { name: '政务云建设中未定级', facts: cloud({ stage: 'construction' }), asOf: ASOF, severity: 'warning', says: '尚未确定等级保护级别' },
    { name: '政务云已定级未备案', facts: cloud({ stage: 'operation', mlpsLevel: 3 }), asOf: ASOF, severity: 'warning', says: '尚无等级保护备案记录' },
  ],
});

describeRule('laohekou-2024/art15-cloud-mlps-assessed', 15, '大数据中心政务云要按照国家标准进行等级保护定级备案和测评', {
  holds: [
    { name: '政务云测评通过', facts: cloud({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2025-03-03', passed: true }]), asOf: ASOF },
    { name: '一般项目不适用', facts: at({ stage: 'operation', mlpsLevel: 3 }), asOf: ASOF },
  ],
  fires: [
    { name: '政务云运行中无测评', facts: cloud({ stage: 'operation', mlpsLevel: 3 }), asOf: ASOF, severity: 'warning', says: '第三级' },
    { name: '政务云测评未通过', facts: cloud({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2025-03-03', passed: false }]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十六条 政府投资建设信息化项目的各类新建、改建应用系统应统一在大数据中心政务云中部署和运行,不得重复建设。
describeRule('laohekou-2024/art16-deploy-on-gov-cloud', 16, '政府投资建设信息化项目的各类新建、改建应用系统应统一在大数据中心政务云中部署和运行', {
  holds: [
    { name: '新建系统部署于政务云', facts: at({ stage: 'construction' }), asOf: ASOF },
    { name: '购买服务项目不属于“政府投资建设”', facts: at({ stage: 'construction', projectClass: 'service', cloudDeployment: 'ownRoom' }), asOf: ASOF },
    { name: '运维项目不属于“新建、改建”', facts: at({ stage: 'construction', kind: 'om', cloudDeployment: 'ownRoom' }), asOf: ASOF },
    { name: '立项前尚可未定', facts: at({ stage: 'underReview', cloudDeployment: 'undecided' }), asOf: ASOF },
  ],
  fires: [
    { name: '新建系统拟部署于自建机房', facts: at({ stage: 'approved', cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'warning', says: '自建机房' },
    { name: '改建系统立项后部署方式仍未定', facts: at({ stage: 'procurement', kind: 'upgrade', cloudDeployment: 'undecided' }), asOf: ASOF, severity: 'warning', says: '尚未确定' },
  ],
});

describeRule('laohekou-2024/art16-no-duplicate-construction', 16, '不得重复建设', {
  holds: [{ name: '无重复建设', facts: facts(), asOf: ASOF }],
  fires: [{ name: '重复建设', facts: facts({ compliance: { sharing: { duplicateCollection: true } } }), asOf: ASOF, severity: 'blocking' }],
});

// 第十六条 市直各部门要推动已建非涉密政务信息系统向大数据中心政务云迁移
describeRule('laohekou-2024/art16-migrate-to-gov-cloud', 16, '市直各部门要推动已建非涉密政务信息系统向大数据中心政务云迁移', {
  holds: [
    { name: '已建系统在政务云运行', facts: at({ stage: 'operation', dataSharing: 'shared' }), asOf: ASOF },
    { name: '在建系统（由部署规则处理）', facts: at({ stage: 'construction', cloudDeployment: 'ownRoom' }), asOf: ASOF },
  ],
  fires: [{ name: '已建系统仍在自建机房', facts: at({ stage: 'operation', cloudDeployment: 'ownRoom', kind: 'om' }), asOf: ASOF, severity: 'warning' }],
});

// 第十六条 ……推动已建业务系统尽快接入全市政务数据共享交换平台
describeRule('laohekou-2024/art16-join-exchange-platform', 16, '推动已建业务系统尽快接入全市政务数据共享交换平台', {
  holds: [
    { name: '已通过共享交换平台共享', facts: at({ stage: 'operation', dataSharing: 'shared' }), asOf: ASOF },
    { name: '不涉及数据共享', facts: at({ stage: 'operation', dataSharing: 'notApplicable' }), asOf: ASOF },
    { name: '尚在建设', facts: at({ stage: 'construction' }), asOf: ASOF },
  ],
  fires: [
    { name: '已建系统只编了目录、未接入平台', facts: at({ stage: 'operation', dataSharing: 'catalogued' }), asOf: ASOF, severity: 'warning' },
    { name: '已建系统未共享', facts: at({ stage: 'operation', dataSharing: 'none' }), asOf: ASOF, severity: 'warning' },
  ],
});
