/**
 * Key products (信息安全设备、核心网络设备、基础软件…): the packs' 优先采购自主可靠/自主可控
 * or 安全可靠 provisions (xichuan-2025 第三十三条, heze-2021 第三十三条, chenzhou-2022
 * 第九条, xunyang-2022 第十四条). From construction on, a reminder (info) while
 * `keyProductsDomestic` is not recorded or is not 'all'.
 */
import type { Citation } from '../../../domain/regulations';
import type { Rule } from '../rule';
import { ruleOf } from './rule-head';

export interface KeyProductsOptions {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** How the pack qualifies the products: '自主可靠', '自主可控', '安全可靠'. */
  readonly adjective: string;
  /** The message while nothing is recorded. */
  readonly unrecorded: string;
  /** The legal basis after '；' when some or all products are not such. */
  readonly basis: string;
  readonly action: string;
}

export function keyProductsRule<P extends string>(options: KeyProductsOptions): Rule<P> {
  const { adjective, unrecorded, basis, action } = options;
  return ruleOf<P>(options, (view, _ctx, report) => {
    if (!view.atOrAfter('construction')) return;
    const domestic = view.compliance.keyProductsDomestic;
    if (domestic === 'all') return;
    report({
      severity: 'info',
      message: domestic === undefined ? unrecorded : `关键产品${domestic === 'partial' ? '部分' : '均未'}采用${adjective}产品；${basis}`,
      action,
    });
  });
}
