import {
  CLOUD_DEPLOYMENTS,
  CRYPTO_PLANS,
  DATA_SHARING_STATES,
  FUNDING_SOURCES,
  LIFECYCLE_STAGES,
  MLPS_LEVELS,
  OWNER_TYPES,
  PROJECT_CLASSES,
  PROJECT_KINDS,
  PROJECT_SOURCES,
} from '../../../shared/domain/enums';
import { APPROVAL_STATES } from '../../../shared/domain/approval';
import { DECISIONS, FILING_STATUSES, OPINION_CONCLUSIONS, OPINION_KINDS } from '../../../shared/domain/filing';
import { HISTORY_ACTIONS } from '../../../shared/domain/history';
import {
  CHANGE_APPROVALS,
  CHANGE_REASONS,
  CONTRACT_CLAUSES,
  EVENT_KIND_LABELS,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  type EventKind,
} from '../../../shared/domain/lifecycle-events';
import { MATERIAL_CODES } from '../../../shared/domain/materials';
import { OFFICE_ROLES } from '../../../shared/domain/office';
import { REGULATION_IDS } from '../../../shared/domain/regulations';
import { deadlineViewSchema } from '../../../shared/contract/rules';
import { SEVERITIES } from '../../../shared/rules/framework/finding';
import { i18n } from '../i18n';

/** 期限状态 (met, overdue, …), as the contract declares them. */
export const DEADLINE_STATUSES = deadlineViewSchema.shape.status.options;

/** The lifecycle event kinds, in the order shared/domain declares them (the lifecycle's order). */
export const EVENT_KINDS = Object.keys(EVENT_KIND_LABELS) as EventKind[];

/**
 * Every closed vocabulary the screens show, by the name of its i18n group
 * (`enums.<name>.<code>`). Project fields use their own field name, so the
 * history can find the vocabulary of a changed field by its name.
 */
export const VOCABULARIES = {
  projectClass: PROJECT_CLASSES,
  kind: PROJECT_KINDS,
  source: PROJECT_SOURCES,
  funding: FUNDING_SOURCES,
  stage: LIFECYCLE_STAGES,
  cloudDeployment: CLOUD_DEPLOYMENTS,
  mlpsLevel: MLPS_LEVELS,
  ownerType: OWNER_TYPES,
  cryptoPlan: CRYPTO_PLANS,
  dataSharing: DATA_SHARING_STATES,
  role: OFFICE_ROLES,
  jurisdiction: REGULATION_IDS,
  historyAction: HISTORY_ACTIONS,
  severity: SEVERITIES,
  deadlineStatus: DEADLINE_STATUSES,
  eventKind: EVENT_KINDS,
  reviewKind: REVIEW_KINDS,
  reviewOutcome: REVIEW_OUTCOMES,
  contractClause: CONTRACT_CLAUSES,
  changeReason: CHANGE_REASONS,
  changeApproval: CHANGE_APPROVALS,
  material: MATERIAL_CODES,
  decision: DECISIONS,
  filingStatus: FILING_STATUSES,
  approvalState: APPROVAL_STATES,
  opinionKind: OPINION_KINDS,
  opinionConclusion: OPINION_CONCLUSIONS,
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;
export type VocabularyCode<V extends Vocabulary> = (typeof VOCABULARIES)[V][number];

export function isVocabulary(name: string): name is Vocabulary {
  return Object.prototype.hasOwnProperty.call(VOCABULARIES, name);
}

/** The label of a code in the current language. */
export function enumLabel<V extends Vocabulary>(vocabulary: V, code: VocabularyCode<V>): string {
  return i18n.global.t(`enums.${vocabulary}.${String(code)}`);
}

/** `{ value, label }` for every code, in the vocabulary's order: for selects. */
export function enumOptions<V extends Vocabulary>(vocabulary: V): { value: VocabularyCode<V>; label: string }[] {
  return (VOCABULARIES[vocabulary] as readonly VocabularyCode<V>[]).map((value) => ({ value, label: enumLabel(vocabulary, value) }));
}

/** A label for a value that may not be a known code (history, old data): the code itself then. */
export function looseEnumLabel(vocabulary: Vocabulary, code: unknown): string {
  const known = (VOCABULARIES[vocabulary] as readonly unknown[]).includes(code);
  return known ? i18n.global.t(`enums.${vocabulary}.${String(code)}`) : String(code);
}
