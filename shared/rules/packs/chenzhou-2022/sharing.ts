/**
 * 第四条 (government cloud, data through the exchange platform) and 第十二条
 * (不支持共享的项目不予审批建设；未共享数据的系统不予验收、不安排拨付运行维护经费).
 * 第四条(三)(四) (城市大脑中枢平台、电子政务网) have no fact in the register yet.
 */
import { yearOf } from '../../framework/dates';
import type { Rule } from '../../framework/rule';
import { notSharing, sharingInOperationRule } from '../../framework/common/sharing';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

/** Data not yet shared through the exchange platform (“未按……要求共享数据资源”). */
export { notSharing };

// 第四条（一）按照“应统尽统”的原则，计算、存储等基础信息资源统一统筹运用市政务云平台资源，原则上不再分散运行和应用。
export const govCloud: Rule<ChenzhouParameter> = {
  id: ruleId('art4-gov-cloud'),
  title: '统筹运用市政务云平台资源',
  citation: art(4),
  quote: '计算、存储等基础信息资源统一统筹运用市政务云平台资源，原则上不再分散运行和应用',
  check(view, _ctx, report) {
    const { newServerRoom, newStandaloneInfrastructure } = view.compliance.infrastructure;
    const { cloudDeployment } = view.project;
    if (newServerRoom || newStandaloneInfrastructure || cloudDeployment === 'ownRoom') {
      report({
        severity: 'warning',
        message: '项目拟新建机房或单独的计算、存储资源，或部署于自建机房；依第四条，“计算、存储等基础信息资源统一统筹运用市政务云平台资源，原则上不再分散运行和应用”。',
        action: '请调整方案，部署于市政务云平台；确有特殊原因的，请在项目资料中说明并经领导小组办公室同意。',
      });
    } else if (cloudDeployment === 'undecided' && view.atOrAfter('approved')) {
      report({
        severity: 'warning',
        message: '项目已审定，部署方式仍为“尚未确定”；依第四条，应“统一统筹运用市政务云平台资源”。',
        action: '请确定部署于市政务云平台并登记部署方式。',
      });
    }
  },
};

// 第四条（二）按照“应聚尽聚”的原则，数据资源统一汇聚市政务信息资源交换共享平台与大数据中心，
// 原则上跨部门跨层级数据共享通过市数据资源交换共享平台与大数据中心交换实现。
export const dataThroughExchange = sharingInOperationRule<ChenzhouParameter>({
  id: ruleId('art4-data-exchange-platform'),
  title: '数据资源统一汇聚交换共享平台',
  citation: art(4),
  quote: '数据资源统一汇聚市政务信息资源交换共享平台与大数据中心',
  message: '系统已投入运行，数据尚未通过市数据资源交换共享平台共享；依第四条，“数据资源统一汇聚市政务信息资源交换共享平台与大数据中心”。',
  action: '请编制信息资源目录，将数据汇聚至市政务信息资源交换共享平台与大数据中心，并登记共享情况。',
});

// 第十二条 对不符合统筹建设和不支持共享的项目，不予审批建设
// “不支持共享” is read as 数据共享 “未编制资源目录”; “不符合统筹建设” (市县统筹) has no fact in the register.
export const noApprovalWithoutSharing: Rule<ChenzhouParameter> = {
  id: ruleId('art12-no-approval-without-sharing'),
  title: '不支持共享的项目不予审批建设',
  citation: art(12),
  quote: '对不符合统筹建设和不支持共享的项目，不予审批建设',
  check(view, _ctx, report) {
    if (view.project.dataSharing !== 'none' || !view.atOrAfter('approved') || view.atOrAfter('acceptance')) return;
    report({
      severity: 'blocking',
      message: '项目已审定，但数据共享仍为“未编制资源目录”；依第十二条，“对不符合统筹建设和不支持共享的项目，不予审批建设”。',
      action: '请在建设方案中明确信息资源目录和共享方式，接入市政务信息资源交换共享平台；确不涉及数据共享的，请登记为“不涉及数据共享”。',
    });
  },
};

// 第十二条 对未按《郴州市政务信息资源共享管理办法》要求共享数据资源的政务信息系统，不予验收、不安排拨付运行维护经费。
export const noAcceptanceWithoutSharing: Rule<ChenzhouParameter> = {
  id: ruleId('art12-no-acceptance-without-sharing'),
  title: '未共享数据资源的不予验收',
  citation: art(12),
  quote: '要求共享数据资源的政务信息系统，不予验收',
  check(view, _ctx, report) {
    if (view.stage !== 'acceptance' || !notSharing(view)) return;
    report({
      severity: 'blocking',
      message: '项目处于验收阶段，数据资源尚未通过共享交换平台共享；依第十二条，对未按要求共享数据资源的政务信息系统，“不予验收”。',
      action: '请先按《郴州市政务信息资源共享管理办法》完成数据资源共享并登记，再申请竣工验收。',
    });
  },
};

export const noOmFundsWithoutSharing: Rule<ChenzhouParameter> = {
  id: ruleId('art12-no-om-funds-without-sharing'),
  title: '未共享数据资源的不安排拨付运行维护经费',
  citation: art(12),
  quote: '不安排拨付运行维护经费',
  check(view, ctx, report) {
    const request = view.last('omBudgetRequested');
    if (!request || request.year < yearOf(ctx.asOf) || !notSharing(view)) return;
    report({
      severity: 'blocking',
      message: `${request.year} 年度运行维护经费申请（${request.date}）：系统数据资源尚未按要求共享；依第十二条，“不安排拨付运行维护经费”。`,
      action: '请先完成数据资源共享并登记，再申请运行维护经费。',
    });
  },
};

export const sharingRules = [govCloud, dataThroughExchange, noApprovalWithoutSharing, noAcceptanceWithoutSharing, noOmFundsWithoutSharing];
