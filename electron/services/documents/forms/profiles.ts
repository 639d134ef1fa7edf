/**
 * Each regulation's forms, from its rule pack: `profileFor` gives the form as
 * the office's regulation defines it, or the plain form when it does not.
 */
import { FORM_IDS, resolveProfile, type FormId, type FormProfile, type JurisdictionForms } from '../../../../shared/domain/forms';
import type { RegulationId } from '../../../../shared/domain/regulations';
import { chenzhouForms } from '../../../../shared/rules/packs/chenzhou-2022';
import { hezeForms } from '../../../../shared/rules/packs/heze-2021';
import { laohekouForms } from '../../../../shared/rules/packs/laohekou-2024';
import { xichuanForms } from '../../../../shared/rules/packs/xichuan-2025';
import { xunyangForms } from '../../../../shared/rules/packs/xunyang-2022';

export const JURISDICTION_FORMS: Readonly<Record<RegulationId, JurisdictionForms>> = {
  'chenzhou-2022': chenzhouForms,
  'xichuan-2025': xichuanForms,
  'laohekou-2024': laohekouForms,
  'heze-2021': hezeForms,
  'xunyang-2022': xunyangForms,
};

export function profileFor(formId: FormId, regulation: RegulationId | null): FormProfile {
  return resolveProfile(formId, regulation, regulation === null ? undefined : JURISDICTION_FORMS[regulation].profiles[formId]);
}

/** Every form of one regulation, in the catalogue's order. */
export function profilesOf(regulation: RegulationId | null): FormProfile[] {
  return FORM_IDS.map((formId) => profileFor(formId, regulation));
}
