/**
 * Payments (资金拨付): every request and every payment recorded, each judged on
 * its own day (xunyang 第二十条, laohekou 第二十四条, heze 第二十三条).
 */
import type { Day } from '../../../domain/day';
import { PAYMENT_STAGE_LABELS, type PaymentStage } from '../../../domain/lifecycle-events';
import type { FactsView } from '../view';

export interface Payment {
  readonly date: Day;
  /** Absent: an older request without its stage. */
  readonly stage: PaymentStage | undefined;
  /** A payment made, or (false) a payment applied for. */
  readonly made: boolean;
}

const NO_PAYMENTS: readonly Payment[] = Object.freeze([]);

/** Every payment requested or made up to `asOf`, oldest first. */
export function paymentsOf(view: FactsView): readonly Payment[] {
  const requested = view.all('paymentRequested');
  const made = view.all('paymentMade');
  if (requested.length === 0 && made.length === 0) return NO_PAYMENTS;
  const list: Payment[] = [];
  for (const request of requested) list.push({ date: request.date, stage: request.paymentStage, made: false });
  for (const payment of made) list.push({ date: payment.date, stage: payment.paymentStage, made: true });
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Whether a payment is one the article holds back until acceptance: a final
 * payment always (it is the 后续费用 whether or not completion was recorded);
 * a progress payment, or one whose stage is not recorded, once the project was
 * complete (construction-time progress payments are what the contract pays
 * before acceptance).
 */
export function heldUntilAcceptance(payment: Payment, completedOn: Day | undefined): boolean {
  if (payment.stage === 'final') return true;
  return completedOn !== undefined && payment.date >= completedOn;
}

/** “2026-05-01 支付尾款（后续费用）” / “2026-05-01 申请拨付资金”. */
export function paymentText(payment: Payment): string {
  const what = payment.stage ? PAYMENT_STAGE_LABELS[payment.stage] : '资金';
  return `${payment.date} ${payment.made ? `拨付${what}` : `申请拨付${what}`}`;
}

/** The latest acceptance outcome on or before `day`: 'passed', 'failed' or undefined (none yet). */
export function acceptanceOutcomeOn(view: FactsView, day: Day): 'passed' | 'failed' | undefined {
  let outcome: 'passed' | 'failed' | undefined;
  let on = '';
  for (const event of view.all('finalAcceptancePassed')) {
    if (event.date <= day && event.date >= on) {
      outcome = 'passed';
      on = event.date;
    }
  }
  // A failure later than the last pass (a failure on the same day as a pass counts as the pass).
  for (const event of view.all('finalAcceptanceFailed')) {
    if (event.date <= day && event.date > on) {
      outcome = 'failed';
      on = event.date;
    }
  }
  return outcome;
}
