/**
 * 第四章 项目验收 (第十九条、第二十条): system test and trial run before the 初步验收,
 * 初步验收 before the 竣工验收申请, rectification, the settlement review filed,
 * and no payment without acceptance and an audit report. The materials are checklist items.
 */
import type { Day } from '../../../domain/day';
import { acceptanceOutcomeOn, heldUntilAcceptance, paymentText, paymentsOf } from '../../framework/common/payments';
import { rectificationDeadline } from '../../framework/common/rectification';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

/** The first step of the 竣工验收: the application, or the acceptance itself when no application is recorded. */
function firstFinalStep(view: FactsView): Day | null {
  let first: Day | null = null;
  for (const kind of ['finalAcceptanceApplied', 'finalAcceptancePassed', 'finalAcceptanceFailed', 'acceptanceHeld'] as const) {
    const date = view.first(kind)?.date;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

/** The latest 竣工验收 failed (no later pass). */
export function lastAcceptanceFailed(view: FactsView): Day | null {
  const failed = view.last('finalAcceptanceFailed')?.date;
  const passed = view.last('finalAcceptancePassed')?.date;
  return failed && (!passed || passed < failed) ? failed : null;
}

export function preliminaryPassedBy(view: FactsView, day: Day): boolean {
  return view.all('preliminaryAcceptance').some((event) => event.passed && event.date <= day);
}

// 第十九条 项目竣工后，经系统测试和试运行，由建设单位进行初步验收。
export const trialRunBeforePreliminary: Rule<XunyangParameter> = {
  id: ruleId('art19-trial-run-before-preliminary'),
  title: '经系统测试和试运行后初步验收',
  citation: art(19),
  quote: '项目竣工后，经系统测试和试运行，由建设单位进行初步验收',
  check(view, _ctx, report) {
    const preliminary = view.first('preliminaryAcceptance');
    if (!preliminary) return;
    const trial = view.first('trialRunStarted');
    if (trial && trial.date <= preliminary.date) return;
    report({
      severity: 'warning',
      message: `项目于 ${preliminary.date} 进行初步验收，此前没有试运行的记录；依第十九条，“项目竣工后，经系统测试和试运行，由建设单位进行初步验收”。`,
      action: '请登记试运行开始日期并上传软件测评报告、试运行报告；未试运行的，请先试运行再初步验收。',
    });
  },
};

// 第十九条 通过后，由建设单位向区数字办提出竣工验收申请，并提交包括建设单位、承建单位、监理单位及相关单位的验收材料。
export const preliminaryBeforeFinal: Rule<XunyangParameter> = {
  id: ruleId('art19-preliminary-before-final'),
  title: '初步验收通过后申请竣工验收',
  citation: art(19),
  quote: '通过后，由建设单位向区数字办提出竣工验收申请',
  check(view, _ctx, report) {
    const first = firstFinalStep(view);
    if (!first || preliminaryPassedBy(view, first)) return;
    report({
      severity: 'warning',
      message: `项目于 ${first} 申请或开展竣工验收，此前没有通过初步验收的记录；依第十九条，初步验收“通过后，由建设单位向区数字办提出竣工验收申请”。`,
      action: '请登记初步验收的日期和结论并上传初步验收报告；未通过的，请先完成初步验收。',
    });
  },
};

// 第二十条 对项目的系统运行效率、使用效果等情况进行评估，对不符合要求的项目，项目建设单位要限期整改。
// The time limit is set by the acceptance panel, not by the 办法: the finding has no due date, unless
// the order with its 整改期限 is recorded; then the deadline below judges it instead.
export const rectifyWithinLimit: Rule<XunyangParameter> = {
  id: ruleId('art20-rectify-within-limit'),
  title: '不符合要求的项目限期整改',
  citation: art(20),
  quote: '对不符合要求的项目，项目建设单位要限期整改',
  check(view, _ctx, report) {
    const failed = lastAcceptanceFailed(view);
    if (!failed || view.firstOnOrAfter('rectificationCompleted', failed) || view.firstOnOrAfter('rectificationOrdered', failed)) return;
    report({
      severity: 'warning',
      message: `竣工验收于 ${failed} 认定项目不符合要求，尚无整改完成的记录；依第二十条，“对不符合要求的项目，项目建设单位要限期整改”。`,
      action: '请在验收组确定的期限内整改，上传整改报告并登记整改完成日期。',
    });
  },
};

// 第二十条 ……对不符合要求的项目，项目建设单位要限期整改。 Each order recorded with its 整改期限.
export const rectificationOrderDue = rectificationDeadline<XunyangParameter>({
  id: ruleId('art20-rectification-order-due'),
  title: '在整改期限内完成整改',
  citation: art(20),
  quote: '对不符合要求的项目，项目建设单位要限期整改',
  office: '区信息办',
  consequence: '项目建设单位要在期限内完成整改；“未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付”。',
});

// 第二十条 工程验收合格后，建设单位要对施工单位报送的项目结算进行自行审核或第三方中介机构协审，
// 并将审核结果报区财政局和区审计局进行备案。
export const settlementFiled: Rule<XunyangParameter> = {
  id: ruleId('art20-settlement-filed'),
  title: '结算审核结果报区财政局和区审计局备案',
  citation: art(20),
  quote: '并将审核结果报区财政局和区审计局进行备案',
  check(view, _ctx, report) {
    const passed = view.first('finalAcceptancePassed');
    if (!passed || view.firstOnOrAfter('settlementFiled', passed.date)) return;
    report({
      severity: 'warning',
      message: `项目于 ${passed.date} 验收合格，尚无结算审核结果报区财政局和区审计局备案的记录；依第二十条，建设单位要对项目结算进行审核，“并将审核结果报区财政局和区审计局进行备案”。`,
      action: '请对施工单位报送的项目结算自行审核或委托第三方中介机构协审，将审核结果报区财政局和区审计局备案，并登记备案日期。',
    });
  },
};

// 第二十条 未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付。
// Every payment is judged on its own day (not only the latest): a final payment always, a
// progress payment once the project was complete (framework/common/payments.ts). The audit
// report counts from its date; one without a date is taken as there (日期不详 is said).
export const noPaymentWithoutAcceptance: Rule<XunyangParameter> = {
  id: ruleId('art20-no-payment-without-acceptance'),
  title: '未经验收、验收不合格或没有审计报告的不予资金拨付',
  citation: art(20),
  quote: '未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付',
  check(view, _ctx, report) {
    const completed = view.first('completed')?.date;
    const audit = view.materialDate('auditReport');
    for (const payment of paymentsOf(view)) {
      if (!heldUntilAcceptance(payment, completed)) continue;
      const reasons: string[] = [];
      const outcome = acceptanceOutcomeOn(view, payment.date);
      if (outcome === 'failed') reasons.push('验收不合格');
      else if (outcome === undefined) reasons.push('未经验收');
      if (audit === undefined || (audit !== null && audit > payment.date)) reasons.push('没有审计报告');
      if (reasons.length === 0) continue;
      report({
        severity: 'blocking',
        message: `${paymentText(payment)}时，项目${reasons.join('、')}；依第二十条，“未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付”。`,
        action: '请先完成验收（不合格的先整改并重新验收）并取得审计报告，再申请资金拨付。',
      });
    }
  },
};

export const acceptanceRules = [trialRunBeforePreliminary, preliminaryBeforeFinal, rectifyWithinLimit, settlementFiled, noPaymentWithoutAcceptance];
