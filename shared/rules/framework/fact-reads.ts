/**
 * What a pack's rules read, from its `reads` table (rule id → facts): the
 * facts panel shows only these, each with the articles that read it, and a
 * finding's 去填写 opens the first fact its rule reads.
 */
import type { Citation } from '../../domain/regulations';
import { FACT_FIELDS, type FactField, type FactPointer } from './fact-fields';
import type { RulePack } from './pack';

export interface FactRead {
  readonly field: FactField;
  /** The rules that read it: their article and the words they enforce. */
  readonly readBy: readonly { readonly ruleId: string; readonly title: string; readonly citation: Citation; readonly quote: string }[];
}

/** Every rule's title, citation and quote, whatever kind of rule it is. */
function ruleTexts(pack: RulePack): Map<string, { title: string; citation: Citation; quote: string }> {
  const texts = new Map<string, { title: string; citation: Citation; quote: string }>();
  for (const list of [pack.scopeExclusions, pack.rules, pack.deadlines, pack.checklists]) {
    for (const rule of list) texts.set(rule.id, { title: rule.title, citation: rule.citation, quote: rule.quote });
  }
  return texts;
}

/** The facts the pack reads, in the catalogue's order; every fact when the pack declares none (it cannot narrow the panel). */
export function factsReadBy(pack: RulePack): FactRead[] {
  const texts = ruleTexts(pack);
  const readers = new Map<string, FactRead['readBy'][number][]>();
  for (const [ruleId, pointers] of Object.entries(pack.reads ?? {})) {
    const text = texts.get(ruleId);
    if (!text) continue;
    for (const pointer of pointers) {
      const list = readers.get(pointer) ?? [];
      list.push({ ruleId, ...text });
      readers.set(pointer, list);
    }
  }
  const declared = pack.reads !== undefined;
  return FACT_FIELDS.filter((field) => !declared || readers.has(field.key)).map((field) => ({ field, readBy: readers.get(field.key) ?? [] }));
}

/** Where each finding of the pack is closed: rule id → its facts. Checklist items close by their material. */
export function findingPointers(pack: RulePack): Record<string, readonly FactPointer[]> {
  const pointers: Record<string, readonly FactPointer[]> = {};
  for (const item of pack.checklists) pointers[item.id] = ['material'];
  return { ...pointers, ...(pack.reads ?? {}) };
}
