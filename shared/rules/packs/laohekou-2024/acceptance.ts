/**
 * 第六章 统一验收 (第二十一条至第二十四条): 初验 and at least a month's trial run
 * before acceptance, the decidable ones of the nine conditions of 第二十三条
 * (the documents of (二)(三)(五)(六)(八) are checklist items), approved changes,
 * the acceptance report and no payment before acceptance (第二十四条).
 *
 * 第二十三条(九) “其他需要验收的事宜” is open by its words and not encoded; the
 * technical part of (一) (技术指标、建设标准、信创安全) is the expert group's judgement.
 */
import type { Day } from '../../../domain/day';
import { addMonths } from '../../framework/dates';
import { acceptanceOutcomeOn, heldUntilAcceptance, paymentText, paymentsOf } from '../../framework/common/payments';
import { ACCEPTANCE_REPRESENTATIVES, ACCEPTANCE_REPRESENTATIVE_LABELS } from '../../framework/facts';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

/** 第二十一条 纳入统一验收的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务。 */
export function underUnifiedAcceptance(view: FactsView): boolean {
  return !view.attributes.advisoryService;
}

/** The first final acceptance held, passed or failed. */
export function firstAcceptanceHeld(view: FactsView): Day | null {
  // An acceptance held whose outcome is pending (acceptanceHeld) was held all the same.
  let first: Day | null = null;
  for (const kind of ['finalAcceptancePassed', 'finalAcceptanceFailed', 'acceptanceHeld'] as const) {
    const date = view.first(kind)?.date;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

/** 第二十三条(二) 系统通过初验: a passed 初验 on or before the trial run began (any passed one when no trial run is recorded). */
export function initialAcceptanceBeforeTrial(view: FactsView): boolean {
  const trial = view.first('trialRunStarted');
  return view.all('preliminaryAcceptance').some((event) => event.passed && (!trial || event.date <= trial.date));
}

// 第二十三条 (二)系统通过初验并经过不少于一个月的安全稳定试运行;
export const initialAcceptancePassed: Rule<LaohekouParameter> = {
  id: ruleId('art23-initial-acceptance-passed'),
  title: '试运行前通过初验',
  citation: art(23),
  quote: '系统通过初验',
  check(view, _ctx, report) {
    if (!underUnifiedAcceptance(view) || !view.atOrAfter('trialRun') || initialAcceptanceBeforeTrial(view)) return;
    const trial = view.first('trialRunStarted');
    const late = view.all('preliminaryAcceptance').find((event) => event.passed);
    report({
      severity: 'warning',
      message:
        trial && late
          ? `试运行于 ${trial.date} 开始，初验于 ${late.date} 才通过；依第二十三条(二)，系统应“通过初验并经过不少于一个月的安全稳定试运行”。`
          : '项目已进入试运行及以后阶段，尚无初验通过的记录；依第二十三条(二)，系统应“通过初验并经过不少于一个月的安全稳定试运行”。',
      action: '请登记初验日期和结论并上传初验报告；初验在试运行开始之后的，试运行期间自初验通过后重新计算。',
    });
  },
};

/** 第二十三条(二) the first day acceptance may be held: the trial run's start plus the minimum months (not moved: a minimum, not a deadline). */
export function trialRunCompleteOn(view: FactsView, months: number): Day | null {
  const trial = view.first('trialRunStarted');
  return trial ? addMonths(trial.date, months) : null;
}

export const trialRunOneMonth: Rule<LaohekouParameter> = {
  id: ruleId('art23-trial-run-one-month'),
  title: '不少于一个月的安全稳定试运行',
  citation: art(23),
  quote: '经过不少于一个月的安全稳定试运行',
  check(view, ctx, report) {
    if (!underUnifiedAcceptance(view) || !view.atOrAfter('acceptance')) return;
    const months = ctx.params.number('trialRunMinimumMonths');
    const trial = view.first('trialRunStarted');
    const complete = trialRunCompleteOn(view, months);
    if (!trial || !complete) {
      report({
        severity: 'warning',
        message: '项目已进入验收及以后阶段，尚无试运行的记录；依第二十三条(二)，验收前系统应“经过不少于一个月的安全稳定试运行”。',
        action: '请登记试运行开始日期并上传试运行报告；未经试运行的，应先试运行满一个月再验收。',
      });
      return;
    }
    const held = firstAcceptanceHeld(view);
    // 不少于 is ≥: an acceptance on the day the month is complete is on time.
    if (held !== null ? held >= complete : ctx.asOf >= complete) return;
    report({
      severity: 'warning',
      message:
        held !== null
          ? `验收于 ${held} 组织，而试运行自 ${trial.date} 开始，不满“不少于一个月的安全稳定试运行”（${complete} 方满）。`
          : `项目已进入验收阶段，而试运行自 ${trial.date} 开始，至 ${complete} 方满一个月；依第二十三条(二)，验收前应“经过不少于一个月的安全稳定试运行”。`,
      action: `请待试运行满一个月（${complete}）后再组织验收；已组织的，请报市城市运行管理中心确认是否重新验收。`,
    });
  },
};

// 第二十三条 验收主要检查项目建设内容是否符合立项依据……主要包括:
// (一)完成全部建设内容……  (四)合同义务履行完毕(不含售后服务部分);  (七)部署在(迁移至)大数据中心政务云,实现了数据资源共享;
export const acceptanceConditions: Rule<LaohekouParameter> = {
  id: ruleId('art23-acceptance-conditions'),
  title: '验收条件（第二十三条（一）（四）（七））',
  citation: art(23),
  quote: '验收主要检查项目建设内容是否符合立项依据',
  check(view, _ctx, report) {
    if (!underUnifiedAcceptance(view) || view.stage !== 'acceptance') return;
    const unmet = unmetConditions(view);
    if (unmet.length === 0) return;
    report({
      severity: 'warning',
      message: `项目处于验收阶段，第二十三条所列验收条件尚未满足：${unmet.join('；')}。`,
      action: '请在组织验收前满足上述条件并登记；不能满足的，请向市城市运行管理中心说明。',
    });
  },
};

/** 第二十三条 (一)(四)(七), as far as the facts decide them. */
export function unmetConditions(view: FactsView): string[] {
  const unmet: string[] = [];
  if (!view.first('completed')) unmet.push('（一）尚无“完成全部建设内容”（项目建成）的记录');
  const fulfilled = view.compliance.contractObligationsFulfilled;
  if (fulfilled !== true) unmet.push(fulfilled === false ? '（四）合同义务尚未履行完毕' : '（四）尚未登记合同义务是否履行完毕（不含售后服务部分）');
  const { cloudDeployment, dataSharing } = view.project;
  if (cloudDeployment !== 'govCloud' && cloudDeployment !== 'notApplicable') unmet.push('（七）系统未部署在（迁移至）大数据中心政务云');
  if (dataSharing === 'none' || dataSharing === 'catalogued') unmet.push('（七）尚未实现数据资源共享');
  return unmet;
}

// 第二十三条 ……项目内容、工期等变更是否按规定程序获得批准。
export const changesApproved: Rule<LaohekouParameter> = {
  id: ruleId('art23-changes-approved'),
  title: '变更按规定程序获得批准',
  citation: art(23),
  quote: '项目内容、工期等变更是否按规定程序获得批准',
  check(view, _ctx, report) {
    if (!view.atOrAfter('acceptance')) return;
    const approved = new Set(view.all('changeApproved').map((event) => event.changeId));
    for (const change of view.all('changeRequested')) {
      if (approved.has(change.changeId)) continue;
      report({
        severity: 'warning',
        message: `变更“${change.changeId}”（${change.date}）尚无按规定程序获得批准的记录；验收时要检查“项目内容、工期等变更是否按规定程序获得批准”。`,
        action: '请补办变更审批手续并登记批准情况，或上传批准文件。',
      });
    }
  },
};

// 第二十四条 信息化项目通过验收后,由项目建设单位向市财政局、市城市运行管理中心报送签字盖章的项目验收报告(见附件3)
export const acceptanceReportSubmitted: Rule<LaohekouParameter> = {
  id: ruleId('art24-acceptance-report-submitted'),
  title: '报送验收报告',
  citation: art(24),
  quote: '由项目建设单位向市财政局、市城市运行管理中心报送签字盖章的项目验收报告',
  check(view, _ctx, report) {
    const passed = view.last('finalAcceptancePassed');
    if (!passed || view.firstOnOrAfter('acceptanceFiled', passed.date)) return;
    report({
      severity: 'warning',
      message: `项目于 ${passed.date} 通过验收，尚无报送验收报告的记录；依第二十四条，应“由项目建设单位向市财政局、市城市运行管理中心报送签字盖章的项目验收报告”。`,
      action: '请按附件3格式报送签字盖章的项目验收报告，并登记报送日期。',
    });
  },
};

// 第二十四条 ……凡未经验收或验收未通过的项目,财政部门不支付后续费用。
// “后续费用”: a final payment whenever it comes, whether or not completion was recorded; a
// progress payment (or one without its stage) once the project was complete. Each payment is
// judged by the acceptance outcome on its own day.
export const noPaymentBeforeAcceptance: Rule<LaohekouParameter> = {
  id: ruleId('art24-no-payment-before-acceptance'),
  title: '未经验收不支付后续费用',
  citation: art(24),
  quote: '凡未经验收或验收未通过的项目,财政部门不支付后续费用',
  check(view, _ctx, report) {
    const completed = view.first('completed')?.date;
    for (const payment of paymentsOf(view)) {
      if (!heldUntilAcceptance(payment, completed)) continue;
      const outcome = acceptanceOutcomeOn(view, payment.date);
      if (outcome === 'passed') continue;
      report({
        severity: 'blocking',
        message: `${completed ? `项目于 ${completed} 建成，` : ''}${paymentText(payment)}时${outcome === 'failed' ? '验收未通过' : '尚未通过验收'}；依第二十四条，“凡未经验收或验收未通过的项目,财政部门不支付后续费用”。`,
        action: '请先组织验收并通过，再申请支付后续费用。',
      });
    }
  },
};

// 第二十二条 ……组成验收专家组开展项目验收工作。建设单位、监理单位、承建单位、使用单位分别指派代表参加。
// Judged from the first acceptance held (passed, failed or outcome pending), by the record of who took part.
export const fourUnitsRepresented: Rule<LaohekouParameter> = {
  id: ruleId('art22-four-units-represented'),
  title: '建设、监理、承建、使用单位分别指派代表参加验收',
  citation: art(22),
  quote: '建设单位、监理单位、承建单位、使用单位分别指派代表参加',
  check(view, _ctx, report) {
    const held = firstAcceptanceHeld(view);
    if (!held) return;
    const record = view.compliance.acceptanceRecord;
    if (!record) {
      report({
        severity: 'info',
        message: `项目于 ${held} 组织验收，尚未登记参加验收的单位代表；依第二十二条，“建设单位、监理单位、承建单位、使用单位分别指派代表参加”。`,
        action: '请按验收记录登记参加验收的单位代表。',
      });
      return;
    }
    const absent = ACCEPTANCE_REPRESENTATIVES.filter((unit) => !record.representatives.includes(unit));
    if (absent.length === 0) return;
    report({
      severity: 'warning',
      message: `项目于 ${held} 组织的验收，验收记录中没有${absent.map((unit) => ACCEPTANCE_REPRESENTATIVE_LABELS[unit]).join('、')}的代表；依第二十二条，“建设单位、监理单位、承建单位、使用单位分别指派代表参加”。`,
      action: '请核对验收记录；确未派代表参加的，请与市城市运行管理中心商定是否补充验收程序。',
    });
  },
};

export const acceptanceRules = [
  initialAcceptancePassed,
  trialRunOneMonth,
  acceptanceConditions,
  changesApproved,
  acceptanceReportSubmitted,
  noPaymentBeforeAcceptance,
  fourUnitsRepresented,
];
