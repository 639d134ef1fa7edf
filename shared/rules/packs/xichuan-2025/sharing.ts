/**
 * 第五章 信息资源共享管理: government cloud and no new server rooms (第二十五条),
 * sharing in operation (第二十七条), the yearly system inventory (第二十八条).
 * The sharing chapter of 第二十六条 is a checklist item (checklists.ts).
 */
import type { DeadlineDefinition, DeadlineInstance } from '../../framework/deadline';
import { daysBetween, yearOf } from '../../framework/dates';
import type { InventoryField } from '../../framework/facts';
import { fixedDate } from '../../framework/periods';
import type { Rule } from '../../framework/rule';
import { sharingInOperationRule } from '../../framework/common/sharing';
import { forbiddenRule } from '../../framework/common/forbidden';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第二十五条 政务信息化项目应依托县级政务云平台和县级电子政务网络平台进行集约化部署建设,
// 不得单独新建机房、网络、存储资源、计算资源等基础设施。已建、在建的机房和非涉密信息系统,……向县政务云平台整合
export const noNewServerRoom: Rule<XichuanParameter> = {
  id: ruleId('art25-no-new-server-room'),
  title: '不得单独新建机房等基础设施',
  citation: art(25),
  quote: '不得单独新建机房、网络、存储资源、计算资源等基础设施',
  check(view, _ctx, report) {
    const { newServerRoom, newStandaloneInfrastructure } = view.compliance.infrastructure;
    const ownRoom = view.project.cloudDeployment === 'ownRoom';
    const building = view.project.kind === 'new' || view.project.kind === 'expansion';
    if (newServerRoom || newStandaloneInfrastructure || (ownRoom && building)) {
      report({
        severity: 'blocking',
        message: '项目拟单独新建机房、网络、存储或计算资源，或新建、扩建系统部署于自建机房；依第二十五条，“不得单独新建机房、网络、存储资源、计算资源等基础设施”。',
        action: '请调整方案，依托县级政务云平台和县级电子政务网络平台集约化部署，删除自建基础设施内容。',
      });
    } else if (ownRoom) {
      report({
        severity: 'warning',
        message: '系统部署于自建机房；依第二十五条，已建、在建的机房和非涉密信息系统应通过物理搬迁、应用迁移等形式“向县政务云平台整合”。',
        action: '请制定向县政务云平台迁移的计划并登记；涉密系统请登记为涉密项目。',
      });
    }
  },
};

export const deployOnGovCloud: Rule<XichuanParameter> = {
  id: ruleId('art25-deploy-on-gov-cloud'),
  title: '依托县级政务云部署',
  citation: art(25),
  quote: '依托县级政务云平台和县级电子政务网络平台进行集约化部署建设',
  check(view, _ctx, report) {
    if (view.project.cloudDeployment !== 'undecided' || !view.atOrAfter('approved')) return;
    report({
      severity: 'warning',
      message: '项目已批复，部署方式仍为“尚未确定”；依第二十五条，应“依托县级政务云平台和县级电子政务网络平台进行集约化部署建设”。',
      action: '请确定部署于县级政务云并登记部署方式。',
    });
  },
};

// 第二十五条 采购第三方云的,合同到期后不再续签,统一使用县级政务云资源。
export const thirdPartyCloudNotRenewed: Rule<XichuanParameter> = {
  id: ruleId('art25-third-party-cloud-not-renewed'),
  title: '第三方云到期不再续签',
  citation: art(25),
  quote: '合同到期后不再续签',
  check(view, ctx, report) {
    const cloud = view.compliance.infrastructure.thirdPartyCloud;
    if (!cloud) return;
    // A renewal recorded with its day counts from that day; the older flag alone from the start.
    const renewal = cloud.renewals.find((r) => r.signedOn <= ctx.asOf);
    if (cloud.renewed || renewal) {
      report({
        severity: 'blocking',
        message: `第三方云合同（${cloud.contractEndsOn} 到期）已${renewal ? `于 ${renewal.signedOn} ` : ''}续签；依第二十五条，采购第三方云的，“合同到期后不再续签,统一使用县级政务云资源”。`,
        action: '请停止续签，按期迁移至县级政务云。',
      });
    } else if (ctx.asOf <= cloud.contractEndsOn) {
      report({
        severity: 'info',
        message: `第三方云合同将于 ${cloud.contractEndsOn} 到期，“合同到期后不再续签,统一使用县级政务云资源”。`,
        action: '请在合同到期前完成向县级政务云的迁移。',
        dueDate: cloud.contractEndsOn,
      });
    } else if (view.project.cloudDeployment !== 'govCloud') {
      report({
        severity: 'warning',
        message: `第三方云合同已于 ${cloud.contractEndsOn} 到期，项目尚未登记为部署于县级政务云；依第二十五条，应“统一使用县级政务云资源”。`,
        action: '请迁移至县级政务云并更新部署方式。',
      });
    }
  },
};

// 第二十七条 项目运行使用阶段,项目建设单位应当建立共享信息目录和数据实时更新、信息共享长效机制,
// 以及共享信息使用情况反馈机制,确保信息资源共享
export const sharingInOperation = sharingInOperationRule<XichuanParameter>({
  id: ruleId('art27-sharing-mechanism'),
  title: '运行阶段的信息共享机制',
  citation: art(27),
  quote: '建立共享信息目录和数据实时更新、信息共享长效机制',
  message: (dataSharing) =>
    dataSharing === 'none'
      ? '系统已投入运行，尚未编制共享信息目录；依第二十七条，应“建立共享信息目录和数据实时更新、信息共享长效机制”。'
      : '系统已编制信息资源目录，但尚未通过共享交换平台共享；依第二十七条，应建立数据实时更新、信息共享长效机制和使用情况反馈机制，确保信息资源共享。',
  action: '请编制共享信息目录，接入县级共享交换平台实现数据共享，并登记共享情况。',
});

// 第二十七条 ……不得将应当普遍共享的数据仅向特定企业、社会组织开放。
export const noExclusiveOpening = forbiddenRule<XichuanParameter>({
  id: ruleId('art27-no-exclusive-opening'),
  title: '不得仅向特定对象开放',
  citation: art(27),
  quote: '不得将应当普遍共享的数据仅向特定企业、社会组织开放',
  when: (view) => view.compliance.sharing.exclusiveOpening,
  message: '项目将应当普遍共享的数据仅向特定企业、社会组织开放；依第二十七条，“不得将应当普遍共享的数据仅向特定企业、社会组织开放”。',
  action: '请停止排他性开放，按共享目录普遍共享。',
});

// 第二十八条 项目建设单位应当每年编制本部门政务信息系统基础目录清单,……并报县行政审批和政务信息管理局备案。
// The due day is an office parameter (default 12-31); checked for last year and this year.
export const yearlyInventory: DeadlineDefinition<XichuanParameter> = {
  id: ruleId('art28-yearly-inventory'),
  parameters: ['inventoryFilingDeadline'],
  title: '年度政务信息系统基础目录清单',
  citation: art(28),
  quote: '每年编制本部门政务信息系统基础目录清单',
  instances(view, ctx) {
    if (view.stage !== 'operation') return [];
    const started = view.first('operationStarted')?.date ?? view.first('finalAcceptancePassed')?.date ?? null;
    const monthDay = ctx.params.monthDay('inventoryFilingDeadline');
    const thisYear = yearOf(ctx.asOf);
    const instances: DeadlineInstance[] = [];
    for (const year of [thisYear - 1, thisYear]) {
      const dueDate = fixedDate(year, monthDay);
      if (started !== null && started > dueDate) continue;
      const filed = view.all('inventoryFiled').find((event) => event.year === year);
      instances.push({ label: `${year} 年度基础目录清单报备`, startedOn: null, dueDate, doneOn: filed?.date ?? null });
    }
    return instances;
  },
  describe(instance, status, _view, ctx) {
    switch (status) {
      case 'met':
      case 'early': // no windows in this 办法
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${instance.label}截止 ${instance.dueDate}，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天；本系统应列入本部门政务信息系统基础目录清单。`,
          action: '请编制本部门政务信息系统基础目录清单（列入本系统），报县行政审批和政务信息管理局备案，并登记报备日期。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${instance.label}应于 ${instance.dueDate} 前完成（“每年编制本部门政务信息系统基础目录清单……并报县行政审批和政务信息管理局备案”），尚无本系统列入清单并报备的记录。`,
          action: '请补报该年度基础目录清单（列入本系统）并登记报备日期。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${instance.label}于 ${instance.doneOn ?? ''} 报备，晚于 ${instance.dueDate}。`,
          action: '无需处理。',
        };
    }
  },
};

const INVENTORY_FIELD_LABELS: Record<InventoryField, string> = {
  systemName: '名称',
  systemType: '类型',
  basis: '建设依据',
  approvalDepartment: '审批部门',
  approvalDocumentNo: '文件号',
  investmentFen: '投资额度',
  omCostFen: '运维费用',
  fundingChannel: '经费渠道',
  resourceCatalogue: '信息资源目录',
  sharingStatus: '信息共享开放情况',
  protectionStatus: '等级保护和分级保护情况',
  performanceIndicators: '绩效指标',
};
const INVENTORY_FIELDS = Object.keys(INVENTORY_FIELD_LABELS) as InventoryField[];

// 第二十八条 ……列明已建成投入运行的政务信息系统名称、类型、建设依据、审批部门和文件号、投资额度、运维费用、经费渠道、
// 信息资源目录、信息共享开放情况、等级保护和分级保护情况、绩效指标等内容
export const inventoryEntryComplete: Rule<XichuanParameter> = {
  id: ruleId('art28-inventory-entry-complete'),
  title: '基础目录清单条目完整',
  citation: art(28),
  quote: '等级保护和分级保护情况、绩效指标等内容',
  check(view, _ctx, report) {
    if (view.stage !== 'operation') return;
    const entry = view.compliance.inventoryEntry;
    const missing = entry
      ? INVENTORY_FIELDS.filter((field) => entry[field] === undefined || entry[field] === '')
      : INVENTORY_FIELDS;
    if (missing.length === 0) return;
    report({
      severity: 'warning',
      message: entry
        ? `本系统的政务信息系统基础目录清单条目缺少：${missing.map((f) => INVENTORY_FIELD_LABELS[f]).join('、')}。`
        : '系统已投入运行，尚未编制其政务信息系统基础目录清单条目（第二十八条要求列明名称、类型、建设依据等内容）。',
      action: '请补全基础目录清单条目的各项内容。',
    });
  },
};

export const sharingRules = [noNewServerRoom, deployOnGovCloud, thirdPartyCloudNotRenewed, sharingInOperation, noExclusiveOpening, inventoryEntryComplete];
