/**
 * 第四章 规范建设: the 大数据中心政务云 (第十四条), its own MLPS (第十五条), and
 * deployment, migration and the exchange platform (第十六条).
 */
import { MLPS_LEVEL_LABELS, type MlpsLevel } from '../../../domain/enums';
import type { Rule } from '../../framework/rule';
import { govCloudDeploymentRule, migrateToGovCloudRule } from '../../framework/common/cloud';
import { sharingInOperationRule } from '../../framework/common/sharing';
import { forbiddenRule } from '../../framework/common/forbidden';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

// 第十四条 ……各地各部门不再单独新建服务器存储能力、计算资源,由市城市运行管理中心(大数据中心)统筹建设或采购第三方服务资源
// The cloud itself (built by the center, `govCloudPlatform`) is what 统筹建设 means, so it is not caught.
export const noStandaloneResources = forbiddenRule<LaohekouParameter>({
  id: ruleId('art14-no-standalone-resources'),
  title: '不再单独新建服务器存储能力、计算资源',
  citation: art(14),
  quote: '各地各部门不再单独新建服务器存储能力、计算资源',
  when(view) {
    if (view.attributes.govCloudPlatform) return false;
    const { newServerRoom, newStandaloneInfrastructure } = view.compliance.infrastructure;
    return newServerRoom || newStandaloneInfrastructure;
  },
  message: '项目拟单独新建机房或服务器存储、计算资源；依第十四条，“各地各部门不再单独新建服务器存储能力、计算资源”，由市城市运行管理中心(大数据中心)统筹建设或采购第三方服务资源。',
  action: '请删除自建基础设施内容，改为使用大数据中心政务云资源，并向市城市运行管理中心申请。',
});

// 第十五条 大数据中心政务云要按照国家标准进行等级保护定级备案和测评,并采取相应安全管理制度及技术防护措施
// Applies to the project that builds or expands the cloud itself.
export const cloudMlpsFiled: Rule<LaohekouParameter> = {
  id: ruleId('art15-cloud-mlps-filed'),
  title: '政务云等级保护定级备案',
  citation: art(15),
  quote: '大数据中心政务云要按照国家标准进行等级保护定级备案和测评',
  check(view, _ctx, report) {
    if (!view.attributes.govCloudPlatform || !view.atOrAfter('construction')) return;
    const graded = view.project.mlpsLevel !== 0;
    const filed = view.first('mlpsFiled') !== undefined;
    if (graded && filed) return;
    report({
      severity: 'warning',
      message: `大数据中心政务云项目已进入建设实施及以后阶段，${graded ? '尚无等级保护备案记录' : '尚未确定等级保护级别'}；依第十五条，政务云“要按照国家标准进行等级保护定级备案和测评”。`,
      action: '请开展等级保护定级，报公安机关备案，上传备案证明并登记级别和备案日期。',
    });
  },
};

export const cloudMlpsAssessed: Rule<LaohekouParameter> = {
  id: ruleId('art15-cloud-mlps-assessed'),
  title: '政务云等级保护测评',
  citation: art(15),
  quote: '大数据中心政务云要按照国家标准进行等级保护定级备案和测评',
  check(view, _ctx, report) {
    if (!view.attributes.govCloudPlatform || view.stage !== 'operation') return;
    if (view.all('mlpsAssessed').some((event) => event.passed)) return;
    const level = view.project.mlpsLevel as MlpsLevel;
    report({
      severity: 'warning',
      message: `大数据中心政务云（等级保护${MLPS_LEVEL_LABELS[level]}）已投入运行，尚无通过等级保护测评的记录；依第十五条，政务云“要按照国家标准进行等级保护定级备案和测评”。`,
      action: '请委托测评机构开展等级保护测评，上传测评报告并登记结论。',
    });
  },
};

// 第十六条 政府投资建设信息化项目的各类新建、改建应用系统应统一在大数据中心政务云中部署和运行,不得重复建设。
export const deployOnGovCloud = govCloudDeploymentRule<LaohekouParameter>({
  id: ruleId('art16-deploy-on-gov-cloud'),
  title: '新建、改建应用系统在政务云部署',
  citation: art(16),
  quote: '政府投资建设信息化项目的各类新建、改建应用系统应统一在大数据中心政务云中部署和运行',
  severity: 'warning',
  applies(view) {
    const { projectClass, kind } = view.project;
    if (projectClass !== 'investment' || kind === 'om' || view.attributes.govCloudPlatform) return false;
    return view.atOrAfter('approved') && view.stage !== 'operation' && view.stage !== 'shutDown';
  },
  message: (deployment) =>
    deployment === 'ownRoom'
      ? '政府投资建设的新建、改建应用系统拟部署于自建机房；依第十六条，应“统一在大数据中心政务云中部署和运行”。'
      : '项目已立项，部署方式仍为“尚未确定”；依第十六条，政府投资建设的新建、改建应用系统应“统一在大数据中心政务云中部署和运行”。',
  action: '请确定部署于大数据中心政务云，向市城市运行管理中心申请云资源，并更新部署方式。',
});

export const noDuplicateConstruction = forbiddenRule<LaohekouParameter>({
  id: ruleId('art16-no-duplicate-construction'),
  title: '不得重复建设',
  citation: art(16),
  quote: '不得重复建设',
  when: (view) => view.compliance.sharing.duplicateCollection,
  message: '项目存在重复采集数据或重复建设；依第十六条，“不得重复建设”。',
  action: '请删除与已建系统重复的建设内容，复用已有系统和数据资源。',
});

// 第十六条 市直各部门要推动已建非涉密政务信息系统向大数据中心政务云迁移
export const migrateToGovCloud = migrateToGovCloudRule<LaohekouParameter>({
  id: ruleId('art16-migrate-to-gov-cloud'),
  title: '已建系统向政务云迁移',
  citation: art(16),
  quote: '市直各部门要推动已建非涉密政务信息系统向大数据中心政务云迁移',
  message: '已建系统仍部署于自建机房；依第十六条，“市直各部门要推动已建非涉密政务信息系统向大数据中心政务云迁移”。',
  action: '请制定向大数据中心政务云迁移的计划并报市城市运行管理中心；涉密系统请登记为涉密项目。',
});

// 第十六条 ……推动已建业务系统尽快接入全市政务数据共享交换平台
export const joinExchangePlatform = sharingInOperationRule<LaohekouParameter>({
  id: ruleId('art16-join-exchange-platform'),
  title: '已建系统接入共享交换平台',
  citation: art(16),
  quote: '推动已建业务系统尽快接入全市政务数据共享交换平台',
  message: '系统已投入运行，尚未通过全市政务数据共享交换平台共享数据；依第十六条，应“推动已建业务系统尽快接入全市政务数据共享交换平台”。',
  action: '请接入全市政务数据共享交换平台，登记共享情况。',
});

export const cloudRules = [
  noStandaloneResources,
  cloudMlpsFiled,
  cloudMlpsAssessed,
  deployOnGovCloud,
  noDuplicateConstruction,
  migrateToGovCloud,
  joinExchangePlatform,
];
