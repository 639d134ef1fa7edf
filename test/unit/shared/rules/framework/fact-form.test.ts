import { describe, expect, it } from 'vitest';
import { FACT_FIELDS } from '../../../../../shared/rules/framework/fact-fields';
import { complianceFactsSchema, projectAttributesSchema } from '../../../../../shared/rules/framework/facts';
import { applyForm, formValues } from '../../../../../shared/rules/framework/fact-form';

const stored = { attributes: projectAttributesSchema.parse({}), compliance: complianceFactsSchema.parse({}) };
const fields = FACT_FIELDS.filter((field) => field.input.kind !== 'event' && field.input.kind !== 'register');

describe('the facts panel form', () => {
  it('writes what the clerk entered into the facts, in fen and ISO days, and leaves unrecorded facts absent', () => {
    const values = formValues(fields, stored);
    expect(values['compliance.operation.outsourcedViaProcurement']).toBe('');
    values['attributes.temporary'] = true;
    values['attributes.approvedEstimateFen'] = '398.50';
    values['compliance.keyProductsDomestic'] = 'partial';
    values['compliance.operation.outsourcedViaProcurement'] = 'no';
    values['compliance.infrastructure.thirdPartyCloud.contractEndsOn'] = '2027-06-30';
    values['compliance.inventoryEntry.systemType'] = '业务应用类';
    values['compliance.inventoryEntry.omCostFen'] = '12.00';
    const result = applyForm(fields, stored, values);
    if (!('draft' in result)) throw new Error('expected a draft');
    const attributes = projectAttributesSchema.parse(result.draft.attributes);
    const compliance = complianceFactsSchema.parse(result.draft.compliance);
    expect(attributes).toMatchObject({ temporary: true, approvedEstimateFen: 398_500_000 });
    expect(attributes.plannedCompletionDate).toBeUndefined();
    expect(compliance.keyProductsDomestic).toBe('partial');
    expect(compliance.operation.outsourcedViaProcurement).toBe(false);
    expect(compliance.infrastructure.thirdPartyCloud).toEqual({ contractEndsOn: '2027-06-30', renewed: false, renewals: [] });
    expect(compliance.inventoryEntry).toEqual({ systemType: '业务应用类', omCostFen: 12_000_000 });
    // Read back, the form shows the same values.
    expect(formValues(fields, { attributes, compliance })).toEqual(values);
  });

  it('names the first amount that is not one, instead of saving', () => {
    const values = formValues(fields, stored);
    values['compliance.inventoryEntry.investmentFen'] = '三百万';
    expect(applyForm(fields, stored, values)).toEqual({ badAmount: 'compliance.inventoryEntry.investmentFen' });
  });
});
