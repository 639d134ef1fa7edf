/**
 * The facts each rule reads (rule id → facts, the one that closes its finding
 * first): the facts panel shows these, and a finding's 去填写 opens the first.
 * Checklist items close by their material and need no line here.
 */
import type { FactPointer } from '../../framework/fact-fields';
import { ruleId } from './meta';

const table: Record<string, readonly FactPointer[]> = {
  'art38-classified-projects': ['attributes.classified'],
  'art7-review-and-approval': ['event:review', 'attributes.procurementOnly', 'attributes.superiorProcedure'],
  'art8-temporary-project-approvals': ['event:review', 'attributes.temporary'],
  'art9-investment-approval-steps': ['event:review', 'attributes.procurementOnly'],
  'art7-superior-requirement': ['attributes.superiorProcedure'],
  'art10-civil-works-exception': ['exception', 'attributes.involvesNewCivilWorks', 'attributes.highEnergyConsumption'],
  'art15-contract-clauses': ['event:contractSigned'],
  'art15-service-no-subcontracting': ['compliance.service.subcontracted'],
  'art17-change-within-15pct': ['event:changeRequested', 'attributes.approvedEstimateFen'],
  'art17-change-before-approvals-complete': ['event:changeRequested'],
  'art17-change-full-procedure': ['event:changeApproved', 'event:changeRequested'],
  'art19-reaccept-after-rectification': ['event:finalAcceptancePassed', 'event:rectificationCompleted', 'event:finalAcceptanceFailed'],
  'art20-report-unused-system': ['event:shutdownReported', 'compliance.operation.stoppedOn', 'compliance.operation.lastUsedOn'],
  'art20-shutdown-approved': ['event:review', 'event:shutDown'],
  'art21-outsourced-om-procured': ['compliance.operation.outsourcedViaProcurement', 'compliance.operation.mode'],
  'art22-om-fee-reviewed': ['event:review', 'event:omBudgetRequested'],
  'art23-om-budget-eligibility': [
    'compliance.sharing.integrationIncomplete',
    'compliance.sharing.duplicateCollection',
    'compliance.operation.evaluationFailedUnrectified',
    'event:omBudgetRequested',
  ],
  'art25-no-new-server-room': ['project.cloudDeployment', 'compliance.infrastructure.newServerRoom', 'compliance.infrastructure.newStandaloneInfrastructure'],
  'art25-deploy-on-gov-cloud': ['project.cloudDeployment'],
  'art25-third-party-cloud-not-renewed': ['compliance.infrastructure.thirdPartyCloud', 'project.cloudDeployment'],
  'art27-sharing-mechanism': ['project.dataSharing'],
  'art27-no-exclusive-opening': ['compliance.sharing.exclusiveOpening'],
  'art28-inventory-entry-complete': ['compliance.inventoryEntry'],
  'art31-crypto-planned': ['project.cryptoPlan'],
  'art31-crypto-built': ['project.cryptoPlan'],
  'art31-crypto-assessed': ['event:cryptoAssessed'],
  'art32-mlps-graded': ['project.mlpsLevel', 'event:mlpsFiled'],
  'art32-mlps-assessed': ['event:mlpsAssessed'],
  'art33-prefer-domestic-products': ['compliance.keyProductsDomestic'],
  'art35-serious-delay': ['event:completed', 'attributes.plannedCompletionDate', 'event:seriousProblemReported'],
  'art7-declaration-deadline': ['event:declarationSubmitted', 'attributes.temporary'],
  'art18-acceptance-within-6-months': ['event:finalAcceptancePassed', 'event:acceptanceDelayExplained', 'event:completed'],
  'art19-acceptance-by-stated-date': ['event:finalAcceptancePassed', 'event:acceptanceDelayExplained'],
  'art19-rectify-within-a-month': ['event:rectificationCompleted', 'event:finalAcceptanceFailed'],
  'art28-yearly-inventory': ['event:inventoryFiled', 'compliance.inventoryEntry'],
  'art2-not-public-body': ['project.ownerType'],
  'art11-surplus-returned': ['event:paymentMade', 'attributes.approvedEstimateFen'],
  'art30-network-security': ['compliance.security.managementRules', 'compliance.security.technicalMeasures'],
  'art16-supervisor-qualified': ['compliance.supervisor.qualified', 'compliance.supervisor.certificateNo'],
  'art35-rectify-within-limit': ['event:rectificationCompleted', 'event:rectificationOrdered'],
};

export const xichuanReads: Readonly<Record<string, readonly FactPointer[]>> = Object.fromEntries(
  Object.entries(table).map(([name, facts]) => [ruleId(name), facts]),
);
