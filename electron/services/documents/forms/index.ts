import type { FormId } from '../../../../shared/domain/forms';
import { acceptanceApplication } from './acceptance-application';
import { acceptanceReport } from './acceptance-report';
import { annualPlan } from './annual-plan';
import { changeFiling } from './change-filing';
import { complianceReport } from './compliance-report';
import { declarationApproval } from './declaration-approval';
import { declarationForm } from './declaration-form';
import type { FormModule } from './form';
import { performanceSelfEvaluation } from './performance-self-evaluation';
import { supervisionRequest } from './supervision-request';
import { systemInventory } from './system-inventory';
import { technicalDesignOutline } from './technical-design-outline';

/** Every form by id: the worker and the in-process path render from this one map. */
export const FORMS: Readonly<Record<FormId, FormModule>> = {
  'compliance-report': complianceReport,
  'change-filing': changeFiling,
  'system-inventory': systemInventory,
  'declaration-approval': declarationApproval,
  'declaration-form': declarationForm,
  'technical-design-outline': technicalDesignOutline,
  'supervision-request': supervisionRequest,
  'acceptance-application': acceptanceApplication,
  'acceptance-report': acceptanceReport,
  'annual-plan': annualPlan,
  'performance-self-evaluation': performanceSelfEvaluation,
};

export type { FormModule } from './form';
