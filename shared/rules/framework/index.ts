/** The rule-pack framework: what pack authors and callers use. See docs/rules-framework.md. */
export { applies, type Applicability } from './applicability';
export { approvalStepsRule, stepState, stepsDueBy, type ApprovalPath, type ApprovalStep } from './approval';
export { weekdayCalendar, workingDayOnOrAfter, type WorkingDayCalendar, type WeekdayCalendarOptions } from './calendar';
export {
  checkOffice,
  checkProject,
  checklistFor,
  projectDeadlines,
  validityRuleId,
  type ChecklistLine,
  type DeadlineEntry,
  type ProjectCheck,
} from './check';
export { exceeds, isAtOrAbove, isAtOrBelow, isUnder } from './comparisons';
export { checklistRule, materialList, missingMaterials, type ChecklistItem } from './checklist';
export { DEFAULT_DUE_SOON_DAYS, LOCAL_DEFAULT_NOTE, compiledRulesOf, prepare, ruleContext, type CheckOptions, type Prepared } from './context';
export { addDays, addMonths, dayInYear, daysBetween, yearOf } from './dates';
export {
  deadlineRule,
  deadlineStatus,
  type DeadlineDefinition,
  type DeadlineInstance,
  type DeadlineStatus,
} from './deadline';
export {
  projectFactsSchema,
  type ComplianceFacts,
  type InventoryField,
  type ProjectAttributes,
  type ProjectFacts,
  type ProjectFactsInput,
} from './facts';
export { SEVERITIES, SEVERITY_LABELS, citeIn, findingSchema, makeFinding, type Finding, type FindingDraft, type Severity } from './finding';
export { transitionsFrom, type Lifecycle, type Refusal, type Requirement, type Transition, type TransitionCheck } from './lifecycle';
export type { PackMeta } from './meta';
export { approvalPathReport, type ApprovalPathReport, type PathEntry, type ProcedureStep, type Procedures } from './path';
export { PackDefinitionError, definePack, ruleIds, type RulePack, type ScopeExclusion } from './pack';
export {
  ParameterDefinitionError,
  ParameterGapError,
  lookupParameter,
  resolveParameters,
  unsetParameters,
  validateOverrides,
  validateParameterTable,
  type DatedValue,
  type ParameterDefinition,
  type ParameterOverrides,
  type ParameterReader,
  type ParameterTable,
  type ParameterUnit,
  type UnsetParameter,
} from './parameters';
export { daysPeriodEnd, fixedDate, monthsPeriodEnd, workingDaysPeriodEnd } from './periods';
export type { Report, Rule, RuleContext } from './rule';
export { STAGE_RANK, isClosedStage, stageAtOrAfter } from './stages';
export { PACK_END_NOTICE_DAYS, isInForce, packStatus, validityDraft, type PackStatus } from './status';
export { checkTransition } from './transition';
export { FactsView } from './view';
export { EVENT_STAGE, impliedStageOf, provenStage, stageDisagreement, stagePath, type StageEvidence } from './stage-evidence';
