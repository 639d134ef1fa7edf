/**
 * The facts each rule reads (rule id → facts, the one that closes its finding
 * first): the facts panel shows these, and a finding's 去填写 opens the first.
 * Checklist items close by their material and need no line here.
 */
import type { FactPointer } from '../../framework/fact-fields';
import { ruleId } from './meta';

const table: Record<string, readonly FactPointer[]> = {
  'art28-classified-projects': ['attributes.classified'],
  'art7-unified-argument': ['event:review'],
  'art8-approval-path': ['event:review', 'attributes.noNewFixedAssets'],
  'art9-unified-technical-review': ['event:review'],
  'art12-budget-review': ['event:review'],
  'art8-service-purchase-in-principle': ['project.projectClass', 'attributes.noNewFixedAssets'],
  'art8-plan-or-preliminary-design': ['event:review'],
  'art10-technical-design': ['event:review'],
  'art12-budget-after-technical-review': ['event:review'],
  'art14-no-standalone-resources': ['compliance.infrastructure.newStandaloneInfrastructure', 'compliance.infrastructure.newServerRoom', 'attributes.govCloudPlatform'],
  'art15-cloud-mlps-filed': ['event:mlpsFiled', 'project.mlpsLevel', 'attributes.govCloudPlatform'],
  'art15-cloud-mlps-assessed': ['event:mlpsAssessed', 'attributes.govCloudPlatform'],
  'art16-deploy-on-gov-cloud': ['project.cloudDeployment', 'attributes.govCloudPlatform'],
  'art16-no-duplicate-construction': ['compliance.sharing.duplicateCollection'],
  'art16-migrate-to-gov-cloud': ['project.cloudDeployment', 'compliance.infrastructure.thirdPartyCloud'],
  'art16-join-exchange-platform': ['project.dataSharing'],
  'art17-unified-supervision': ['event:supervisionContracted', 'attributes.advisoryService'],
  'art23-initial-acceptance-passed': ['event:preliminaryAcceptance', 'event:trialRunStarted'],
  'art23-trial-run-one-month': ['event:trialRunStarted', 'event:preliminaryAcceptance'],
  'art23-acceptance-conditions': ['compliance.contractObligationsFulfilled', 'event:completed'],
  'art23-changes-approved': ['event:changeApproved', 'event:changeRequested'],
  'art24-acceptance-report-submitted': ['event:acceptanceFiled', 'event:finalAcceptancePassed'],
  'art24-no-payment-before-acceptance': ['event:paymentRequested', 'event:finalAcceptancePassed', 'attributes.noNewFixedAssets'],
  'art18-supervision-application-5-working-days': ['event:supervisionApplied', 'event:bidResultDetermined'],
  'art26-self-evaluation-window': ['event:selfEvaluationSubmitted'],
  'art21-unified-acceptance': ['event:finalAcceptancePassed', 'event:completed'],
  'art2-not-government-department': ['project.ownerType'],
  'art22-four-units-represented': ['event:finalAcceptancePassed', 'exception'],
};

export const laohekouReads: Readonly<Record<string, readonly FactPointer[]>> = Object.fromEntries(
  Object.entries(table).map(([name, facts]) => [ruleId(name), facts]),
);
