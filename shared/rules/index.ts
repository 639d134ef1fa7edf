/**
 * Rule packs by regulation id, and the framework's entry points.
 *
 * Packs not yet written are absent: `packFor` throws a clear error for them,
 * and `availablePacks` lists what there is.
 */
import type { RegulationId } from '../domain/regulations';
import type { RulePack } from './framework/pack';
import { chenzhou2022 } from './packs/chenzhou-2022';
import { heze2021 } from './packs/heze-2021';
import { laohekou2024 } from './packs/laohekou-2024';
import { xichuan2025 } from './packs/xichuan-2025';
import { xunyang2022 } from './packs/xunyang-2022';

export const RULE_PACKS: Readonly<Partial<Record<RegulationId, RulePack>>> = {
  'chenzhou-2022': chenzhou2022,
  'laohekou-2024': laohekou2024,
  'heze-2021': heze2021,
  'xichuan-2025': xichuan2025,
  'xunyang-2022': xunyang2022,
};

export class PackNotAvailableError extends Error {
  override name = 'PackNotAvailableError';
  constructor(readonly regulation: RegulationId) {
    super(`尚未提供“${regulation}”的规则包`);
  }
}

export function packFor(regulation: RegulationId): RulePack {
  const pack = RULE_PACKS[regulation];
  if (!pack) throw new PackNotAvailableError(regulation);
  return pack;
}

export function availablePacks(): RulePack[] {
  return Object.values(RULE_PACKS).filter((pack): pack is RulePack => pack !== undefined);
}

export * from './framework';
export { ARTICLE_COUNTS, articleExists } from './article-counts';
