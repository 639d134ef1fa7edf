import type { Day } from '../../domain/day';
import type { Citation, RegulationId } from '../../domain/regulations';

/** Who issued the regulation, and when it is in force (both ends included). */
export interface PackMeta {
  readonly id: RegulationId;
  readonly title: string;
  readonly issuer: string;
  /** 发文字号; null when none is printed. */
  readonly documentNumber: string | null;
  /** 成文/印发日期. */
  readonly dated: Day;
  /** First day in force. */
  readonly validFrom: Day;
  /** Last day in force; null when the regulation sets no end. */
  readonly validUntil: Day | null;
  /** The article that sets the validity (施行、试行期、有效期). */
  readonly validityCitation: Citation;
  readonly validityQuote: string;
  /** The pack's own version (semver); bump it whenever a rule, parameter or checklist changes. */
  readonly version: string;
}
