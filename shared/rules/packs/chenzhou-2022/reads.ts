/**
 * The facts each rule reads (rule id → facts, the one that closes its finding
 * first): the facts panel shows these, and a finding's 去填写 opens the first.
 * Checklist items close by their material and need no line here.
 */
import type { FactPointer } from '../../framework/fact-fields';
import { ruleId } from './meta';

const table: Record<string, readonly FactPointer[]> = {
  'art2-classified-projects': ['attributes.classified'],
  'art2-municipal-funds': ['project.funding', 'project.totalInvestmentFen'],
  'art6-undeclared-not-approved': ['event:declarationSubmitted', 'event:review'],
  'art8-tiered-reviews': ['event:review'],
  'art9-pre-reviews': ['event:review'],
  'art8-self-implementation': ['project.totalInvestmentFen'],
  'art9-review-materials': ['material'],
  'art4-gov-cloud': ['project.cloudDeployment', 'compliance.infrastructure.newServerRoom', 'compliance.infrastructure.newStandaloneInfrastructure'],
  'art4-data-exchange-platform': ['project.dataSharing'],
  'art12-no-approval-without-sharing': ['project.dataSharing'],
  'art12-no-acceptance-without-sharing': ['project.dataSharing'],
  'art12-no-om-funds-without-sharing': ['project.dataSharing', 'event:omBudgetRequested'],
  'art9-secure-reliable-products': ['compliance.keyProductsDomestic'],
  'art14-mlps-graded': ['project.mlpsLevel', 'event:mlpsFiled'],
  'art14-security-assessment': ['event:securityAssessed', 'event:mlpsAssessed'],
  'art14-crypto-planned': ['project.cryptoPlan'],
  'art14-crypto-built': ['project.cryptoPlan'],
  'art15-serious-delay-reported': ['event:seriousProblemReported', 'event:completed', 'attributes.plannedCompletionDate'],
  'art16-preliminary-before-final': ['event:preliminaryAcceptance', 'event:finalAcceptanceApplied'],
  'art16-application-agreed-before-acceptance': ['event:review', 'event:finalAcceptanceApplied'],
  'art16-application-review-items': ['event:review', 'attributes.procurementOnly'],
  'art17-acceptance-filed': ['event:acceptanceFiled', 'event:finalAcceptancePassed'],
  'art17-rectify-after-failed': ['event:rectificationCompleted', 'event:finalAcceptanceFailed'],
  'art17-reaccept-after-rectification': ['event:finalAcceptancePassed', 'event:rectificationCompleted'],
  'art17-still-failing-after-rectification': ['event:finalAcceptancePassed', 'event:finalAcceptanceFailed', 'event:rectificationCompleted'],
  'art6-declaration-at-year-end': ['event:declarationSubmitted'],
  'art9-review-time-limit': ['event:review', 'event:reviewRequested'],
  'art7-annual-plan': ['event:includedInAnnualPlan'],
  'art11-contract-management': ['event:contractSigned'],
  'art13-supervisor-qualified': ['compliance.supervisor.qualified', 'compliance.supervisor.certificateNo'],
};

export const chenzhouReads: Readonly<Record<string, readonly FactPointer[]>> = Object.fromEntries(
  Object.entries(table).map(([name, facts]) => [ruleId(name), facts]),
);
