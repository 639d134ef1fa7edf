/**
 * Which articles a pack encodes, and where: every citation it makes (rules,
 * deadlines, checklists, approval steps, transitions, parameters, validity),
 * with the words it quotes. Used by the meta-tests and the coverage table in docs/.
 */
import type { Citation } from '../../domain/regulations';
import type { RulePack } from './pack';

export interface Cited {
  readonly where: string;
  readonly citation: Citation;
  readonly quote?: string;
}

export function citationsOf(pack: RulePack): Cited[] {
  const list: Cited[] = [{ where: 'meta', citation: pack.meta.validityCitation, quote: pack.meta.validityQuote }];
  for (const [id, p] of Object.entries(pack.parameters)) list.push({ where: `parameter ${id}`, citation: p.citation, quote: p.quote });
  for (const step of pack.approvalSteps) list.push({ where: `step ${step.review}`, citation: step.citation, quote: step.quote });
  for (const item of pack.checklists) list.push({ where: item.id, citation: item.citation, quote: item.quote });
  for (const d of pack.deadlines) list.push({ where: d.id, citation: d.citation, quote: d.quote });
  for (const r of pack.rules) list.push({ where: r.id, citation: r.citation, quote: r.quote });
  for (const s of pack.scopeExclusions) list.push({ where: s.id, citation: s.citation, quote: s.quote });
  for (const t of pack.lifecycle.transitions) {
    list.push({ where: `${t.from}→${t.to}`, citation: t.citation, quote: t.quote });
    for (const need of t.needs) list.push({ where: `${t.from}→${t.to} needs ${need.kind}`, citation: need.citation });
  }
  return list;
}

/**
 * The citations that can become a finding: rules, deadlines, checklist items,
 * scope exclusions and the validity finding. Approval steps count through the
 * `approvalStepsRule` citing the step's article (it reports only those steps);
 * parameters and lifecycle transitions never report a finding by themselves.
 */
export function reportingCitationsOf(pack: RulePack): Cited[] {
  const list: Cited[] = [{ where: 'validity', citation: pack.meta.validityCitation, quote: pack.meta.validityQuote }];
  for (const item of pack.checklists) list.push({ where: item.id, citation: item.citation, quote: item.quote });
  for (const d of pack.deadlines) list.push({ where: d.id, citation: d.citation, quote: d.quote });
  for (const r of pack.rules) list.push({ where: r.id, citation: r.citation, quote: r.quote });
  for (const s of pack.scopeExclusions) list.push({ where: s.id, citation: s.citation, quote: s.quote });
  return list;
}

export interface ArticleCoverage {
  readonly article: number;
  /** Where the pack encodes it (rule ids, `step …`, `parameter …`, transitions), without duplicates. */
  readonly encodedBy: readonly string[];
  /** The ids among `encodedBy` that can report a finding (rules, deadlines, checklists, scope, validity). */
  readonly reportedBy: readonly string[];
  /** The pack's stated reason for encoding nothing, if any. */
  readonly reason: string | null;
}

function byArticle(pack: RulePack, cited: readonly Cited[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  for (const { where, citation } of cited) {
    if (citation.regulation !== pack.meta.id) continue;
    let set = map.get(citation.article);
    if (!set) map.set(citation.article, (set = new Set()));
    set.add(where.startsWith(`${pack.meta.id}/`) ? where.slice(pack.meta.id.length + 1) : where);
  }
  return map;
}

/**
 * Per article: where it is encoded, which of those can report a finding, or the
 * reason for none. An article counts as encoded only when `reportedBy` is not
 * empty; the meta-test fails otherwise.
 */
export function articleCoverage(pack: RulePack, articles: readonly number[]): ArticleCoverage[] {
  const all = byArticle(pack, citationsOf(pack));
  const reporting = byArticle(pack, reportingCitationsOf(pack));
  return articles.map((article) => ({
    article,
    encodedBy: [...(all.get(article) ?? [])],
    reportedBy: [...(reporting.get(article) ?? [])],
    reason: pack.notEncoded[article] ?? null,
  }));
}
