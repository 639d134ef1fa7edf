/**
 * 第四章 信息资源共享管理: the government cloud (第二十六条), sharing once in
 * operation (第二十九条) and the exchange platform as a condition of funds
 * (第三十条). The resource catalogue of 第二十七条 is a checklist item.
 */
import type { Rule } from '../../framework/rule';
import { govCloudDeploymentRule, migrateToGovCloudRule } from '../../framework/common/cloud';
import { sharingInOperationRule } from '../../framework/common/sharing';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第二十六条 市级部门根据本部门信息化建设的实际需求，充分利用电子政务云平台基础资源，开展本部门的信息化规划、建设和管理工作。
// No 应 in the words: a reminder.
export const useGovCloud = govCloudDeploymentRule<HezeParameter>({
  id: ruleId('art26-use-gov-cloud'),
  title: '充分利用电子政务云平台基础资源',
  citation: art(26),
  quote: '充分利用电子政务云平台基础资源',
  severity: 'info',
  applies: (view) => view.atOrAfter('approved') && !view.atOrAfter('operation'),
  message: (deployment) =>
    deployment === 'ownRoom'
      ? '项目拟部署于自建机房；依第二十六条，市级部门应“充分利用电子政务云平台基础资源”开展信息化建设。'
      : '项目已立项，部署方式仍为“尚未确定”；依第二十六条，市级部门应“充分利用电子政务云平台基础资源”开展信息化建设。',
  action: '请向市大数据局申请电子政务云平台资源，并登记部署方式。',
});

// 第二十六条 已建成并投入使用的信息应用系统，原则上应当按照资源整合、集中管理的目标，通过物理搬迁、应用搬迁、容灾备份等形式，
// 逐步迁移至电子政务云平台。
export const migrateToGovCloud = migrateToGovCloudRule<HezeParameter>({
  id: ruleId('art26-migrate-to-gov-cloud'),
  title: '已建系统逐步迁移至电子政务云平台',
  citation: art(26),
  quote: '逐步迁移至电子政务云平台',
  message: '已建成并投入使用的系统仍部署于自建机房；依第二十六条，“原则上应当……通过物理搬迁、应用搬迁、容灾备份等形式，逐步迁移至电子政务云平台”。',
  action: '请制定向电子政务云平台迁移的计划并报市大数据局；确需保留的，请记录理由。',
});

// 第二十九条 ……信息应用系统已投入运行但未实现信息共享的部门，应实施相应的共享改造。
// 第三十条 ……各部门政务信息系统应当按规定接入市共享交换平台，根据要求共享数据资源。
export const sharingRetrofit = sharingInOperationRule<HezeParameter>({
  id: ruleId('art29-sharing-retrofit'),
  title: '已投入运行未实现共享的应实施共享改造',
  citation: art(29),
  quote: '信息应用系统已投入运行但未实现信息共享的部门，应实施相应的共享改造',
  message: '系统已投入运行，尚未通过市政务信息资源共享交换平台实现信息共享；依第二十九条，“信息应用系统已投入运行但未实现信息共享的部门，应实施相应的共享改造”。',
  action: '请开发共享接口、接入市共享交换平台并按要求共享数据资源，登记共享情况。',
});

// 第三十条 不按规定接入数据共享开放平台、不按要求共享数据资源、不配合市大数据局完成资源库建设的，不再拨付后续建设资金和运行维护经费。
export const noFundsWithoutSharing: Rule<HezeParameter> = {
  id: ruleId('art30-no-funds-without-sharing'),
  title: '未接入平台、未共享的不再拨付资金',
  citation: art(30),
  quote: '不再拨付后续建设资金和运行维护经费',
  check(view, _ctx, report) {
    if (!view.atOrAfter('acceptance')) return;
    const { dataSharing } = view.project;
    const reasons: string[] = [];
    if (dataSharing === 'none' || dataSharing === 'catalogued') reasons.push('未按规定接入共享交换平台共享数据资源');
    if (view.compliance.sharing.integrationIncomplete) reasons.push('未按要求完成系统对接和数据归集');
    if (reasons.length === 0) return;
    const requests = [...view.all('paymentRequested').map((p) => `资金拨付申请（${p.date}）`), ...view.all('omBudgetRequested').map((r) => `${r.year} 年度运行维护经费申请（${r.date}）`)];
    if (requests.length === 0) return;
    report({
      severity: 'blocking',
      message: `项目${reasons.join('、')}，却已提出${requests.join('、')}；依第三十条，此类情形“不再拨付后续建设资金和运行维护经费”。`,
      action: '请先按规定接入市共享交换平台并共享数据资源、配合完成资源库建设，再申请拨付资金。',
    });
  },
};

export const sharingRules = [useGovCloud, migrateToGovCloud, sharingRetrofit, noFundsWithoutSharing];
