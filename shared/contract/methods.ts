import { DASHBOARD_METHOD_NAMES } from './names/dashboard';
import { EXCEL_METHOD_NAMES } from './names/excel';

/**
 * The names of every contract method, without their schemas: the preload needs
 * only the names, and must stay small. `index.ts` checks this list against the
 * contract at compile time.
 */
export const METHOD_NAMES = [
  'setup.get',
  'setup.complete',
  'system.info',
  'system.backup',
  'history.verify',
  'project.create',
  'project.update',
  'project.get',
  'project.list',
  'project.units',
  'project.history',
  'project.transition',
  'facts.get',
  'facts.recordEvent',
  'facts.removeEvent',
  'facts.addMaterial',
  'facts.removeMaterial',
  'facts.setAttributes',
  'rules.status',
  'rules.projectReport',
  'rules.officeFindings',
  'rules.officeDeadlines',
  'rules.article',
  'rules.recheckAll',
  'documents.forms',
  'documents.render',
  'keys.status',
  'keys.create',
  'keys.rotate',
  'keys.revoke',
  'keys.exportPublic',
  'trust.list',
  'trust.add',
  'trust.acceptRotation',
  'trust.revoke',
  'bundle.verify',
  'jobs.status',
  'jobs.cancel',
  ...EXCEL_METHOD_NAMES,
  ...DASHBOARD_METHOD_NAMES,
] as const;

export type MethodNameList = (typeof METHOD_NAMES)[number];
