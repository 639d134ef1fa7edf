import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { EVENT_KIND_LABELS } from '../../../../../shared/domain/lifecycle-events';
import { projectSchema } from '../../../../../shared/domain/project';
import { packFor, RULE_PACKS } from '../../../../../shared/rules';
import { FACT_FIELDS } from '../../../../../shared/rules/framework/fact-fields';
import { factsReadBy, findingPointers } from '../../../../../shared/rules/framework/fact-reads';
import { complianceFactsSchema, projectAttributesSchema } from '../../../../../shared/rules/framework/facts';
import { definePack, PackDefinitionError, ruleIds } from '../../../../../shared/rules/framework/pack';

/** The object schema under optional/default/prefault wrappers, or null when it is not one. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  let inner = schema as unknown as { _zod: { def: { innerType?: unknown; shape?: Record<string, z.ZodType> } } };
  while (inner._zod.def.innerType) inner = inner._zod.def.innerType as typeof inner;
  return inner._zod.def.shape ?? null;
}

/** Whether a dotted path names a field of ProjectFacts. */
function pathExists(key: string): boolean {
  const [root, ...rest] = key.split('.');
  let shape = shapeOf(root === 'attributes' ? projectAttributesSchema : root === 'compliance' ? complianceFactsSchema : projectSchema);
  for (const [index, part] of rest.entries()) {
    const next = shape?.[part];
    if (!next) return false;
    if (index < rest.length - 1) shape = shapeOf(next);
  }
  return true;
}

describe('the fact catalogue', () => {
  it('names each fact once, and every key is a real place in ProjectFacts or a real event kind', () => {
    const keys = FACT_FIELDS.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of FACT_FIELDS) {
      if (field.input.kind === 'event') expect(Object.keys(EVENT_KIND_LABELS), field.key).toContain(field.input.event);
      else expect(pathExists(field.key), field.key).toBe(true);
    }
    expect(pathExists('compliance.operation.nonsense')).toBe(false);
  });
});

describe('what a pack reads', () => {
  const xichuan = packFor('xichuan-2025');

  it.each(Object.keys(RULE_PACKS))('%s: every rule and deadline says which facts close its findings; checklist items close by their material', (id) => {
    const pack = RULE_PACKS[id as keyof typeof RULE_PACKS]!;
    const pointers = findingPointers(pack);
    for (const rule of ruleIds(pack)) expect(pointers[rule]?.length ?? 0, rule).toBeGreaterThan(0);
    for (const item of pack.checklists) expect(pointers[item.id]).toEqual(['material']);
    const known = new Set<string>([...FACT_FIELDS.map((field) => field.key), 'exception', 'material']);
    for (const list of Object.values(pointers)) for (const pointer of list) expect(known.has(pointer), pointer).toBe(true);
  });

  it('xichuan shows only the facts its rules read, each with the articles that read it', () => {
    const reads = factsReadBy(xichuan);
    const keys = reads.map((read) => read.field.key);
    expect(keys).toContain('compliance.keyProductsDomestic');
    expect(keys).toContain('attributes.classified');
    expect(keys).toContain('attributes.temporary');
    expect(keys).toContain('compliance.inventoryEntry');
    // laohekou's and heze's facts are not xichuan's.
    expect(keys).not.toContain('attributes.govCloudPlatform');
    expect(keys).not.toContain('attributes.superiorDeclared');
    const keyProducts = reads.find((read) => read.field.key === 'compliance.keyProductsDomestic')!;
    expect(keyProducts.readBy).toEqual([expect.objectContaining({ ruleId: 'xichuan-2025/art33-prefer-domestic-products', citation: { regulation: 'xichuan-2025', article: 33 } })]);
    expect(keyProducts.readBy[0]!.quote.length).toBeGreaterThan(0);
    const inventory = reads.find((read) => read.field.key === 'compliance.inventoryEntry')!;
    expect(inventory.readBy.map((reader) => reader.citation.article)).toEqual([28, 28]);
  });

  it('a pack that does not declare what it reads shows every fact', () => {
    const { reads: _reads, ...undeclared } = xichuan;
    void _reads;
    expect(factsReadBy(undeclared).map((read) => read.field.key)).toEqual(FACT_FIELDS.map((field) => field.key));
  });

  it('each jurisdiction shows its own facts: laohekou asks about 政务云平台本身, xunyang about 自行组网, xichuan about neither', () => {
    const keys = (id: keyof typeof RULE_PACKS) => factsReadBy(RULE_PACKS[id]!).map((read) => read.field.key);
    expect(keys('laohekou-2024')).toContain('attributes.govCloudPlatform');
    expect(keys('xunyang-2022')).toContain('compliance.network.ownLines');
    expect(keys('heze-2021')).toContain('attributes.superiorDeclared');
    expect(keys('xichuan-2025')).not.toContain('compliance.network.ownLines');
  });

  it('refuses a reads table that names a rule the pack does not have', () => {
    expect(() => definePack({ ...xichuan, reads: { 'xichuan-2025/no-such-rule': ['attributes.temporary'] } })).toThrow(PackDefinitionError);
  });
});
