/**
 * The facts each rule reads (rule id → facts, the one that closes its finding
 * first): the facts panel shows these, and a finding's 去填写 opens the first.
 * Checklist items close by their material and need no line here.
 */
import type { FactPointer } from '../../framework/fact-fields';
import { ruleId } from './meta';

const table: Record<string, readonly FactPointer[]> = {
  'art3-classified-projects': ['attributes.classified'],
  'art8-plan-approvals': ['event:review'],
  'art9-unplanned-approvals': ['event:review', 'event:includedInAnnualPlan', 'attributes.temporary'],
  'art9-unplanned-not-built': ['event:includedInAnnualPlan', 'attributes.temporary'],
  'art11-new-system-on-gov-cloud': ['project.cloudDeployment'],
  'art11-no-new-server-room': ['compliance.infrastructure.newServerRoom', 'project.cloudDeployment'],
  'art11-existing-systems-hosted': ['project.cloudDeployment'],
  'art12-no-own-network-lines': ['compliance.network.ownLines'],
  'art13-no-leased-fibre': ['compliance.network.leasedFibre'],
  'art14-secure-reliable-products': ['compliance.keyProductsDomestic'],
  'art15-change-approved': ['event:changeApproved', 'event:changeRequested'],
  'art15-investment-within-approved': ['event:changeRequested', 'attributes.approvedEstimateFen'],
  'art18-maintenance-in-budget': ['event:omBudgetRequested'],
  'art19-trial-run-before-preliminary': ['event:trialRunStarted', 'event:preliminaryAcceptance'],
  'art19-preliminary-before-final': ['event:preliminaryAcceptance', 'event:finalAcceptanceApplied'],
  'art20-rectify-within-limit': ['event:rectificationCompleted', 'event:finalAcceptanceFailed'],
  'art20-settlement-filed': ['event:settlementFiled'],
  'art20-no-payment-without-acceptance': ['event:paymentRequested', 'event:finalAcceptancePassed'],
  'art23-mlps-graded': ['project.mlpsLevel', 'event:mlpsFiled'],
  'art23-mlps-assessed': ['event:mlpsAssessed'],
  'art7-declaration-by-september': ['event:declarationSubmitted'],
  'art17-yearly-performance-report': ['event:performanceReportSubmitted'],
  'art10-contract-management': ['event:contractSigned'],
  'art3-other-owners': ['project.ownerType'],
  'art2-no-fiscal-funds': ['project.funding'],
  'art20-rectification-order-due': ['event:rectificationCompleted', 'event:rectificationOrdered'],
};

export const xunyangReads: Readonly<Record<string, readonly FactPointer[]>> = Object.fromEntries(
  Object.entries(table).map(([name, facts]) => [ruleId(name), facts]),
);
