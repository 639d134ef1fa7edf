/**
 * The facts each rule reads (rule id → facts, the one that closes its finding
 * first): the facts panel shows these, and a finding's 去填写 opens the first.
 * Checklist items close by their material and need no line here.
 */
import type { FactPointer } from '../../framework/fact-fields';
import { ruleId } from './meta';

const table: Record<string, readonly FactPointer[]> = {
  'art8-pre-assessment': ['event:review'],
  'art11-review-opinion': ['event:review'],
  'art4-fixed-asset-approval': ['event:review'],
  'art12-superior-declaration': ['attributes.superiorDeclared', 'event:review'],
  'art10-annual-plan': ['event:includedInAnnualPlan'],
  'art12-superior-approval-filed': ['event:superiorApprovalFiled', 'attributes.superiorDeclared'],
  'art19-changes-approved': ['event:changeApproved', 'event:changeRequested'],
  'art19-within-approved-budget': ['event:changeRequested', 'attributes.approvedEstimateFen'],
  'art20-report-serious-delay': ['event:seriousProblemReported', 'event:completed', 'attributes.plannedCompletionDate'],
  'art23-acceptance-report-filed': ['event:acceptanceFiled', 'event:finalAcceptancePassed'],
  'art23-no-funds-before-acceptance': ['event:paymentRequested', 'event:finalAcceptancePassed'],
  'art26-use-gov-cloud': ['project.cloudDeployment'],
  'art26-migrate-to-gov-cloud': ['project.cloudDeployment', 'compliance.infrastructure.thirdPartyCloud'],
  'art29-sharing-retrofit': ['project.dataSharing'],
  'art30-no-funds-without-sharing': ['project.dataSharing', 'event:omBudgetRequested'],
  'art31-mlps-graded': ['project.mlpsLevel', 'event:mlpsFiled'],
  'art31-mlps-assessed': ['event:mlpsAssessed'],
  'art31-security-assessment': ['event:securityAssessed'],
  'art32-crypto-planned': ['project.cryptoPlan'],
  'art32-crypto-built': ['project.cryptoPlan'],
  'art32-crypto-assessed': ['event:cryptoAssessed'],
  'art33-prefer-domestic-products': ['compliance.keyProductsDomestic'],
  'art16-contract-filing-5-working-days': ['event:contractFiled', 'event:contractSigned'],
  'art23-acceptance-application-6-months': ['event:finalAcceptanceApplied', 'event:completed'],
  'art24-self-evaluation-window': ['event:selfEvaluationSubmitted'],
  'art7-establishment-application': ['event:declarationSubmitted'],
  'art22-final-acceptance': ['event:finalAcceptancePassed'],
  'art2-universities-and-hospitals': ['project.ownerType'],
  'art2-not-government-department': ['project.ownerType'],
  'art14-platform-registration': ['event:platformRegistered'],
  'art31-classified-protection': ['compliance.security.classifiedProtection', 'attributes.classified'],
  'art31-network-security': ['compliance.security.managementRules', 'compliance.security.technicalMeasures'],
  'art35-rectify-within-limit': ['event:rectificationCompleted', 'event:rectificationOrdered'],
};

export const hezeReads: Readonly<Record<string, readonly FactPointer[]>> = Object.fromEntries(
  Object.entries(table).map(([name, facts]) => [ruleId(name), facts]),
);
