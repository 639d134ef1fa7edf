import { describe, expect, it } from 'vitest';
import { keyProductsRule } from '../../../../../../shared/rules/framework/common/products';
import { facts } from '../../support/facts';
import { art, run } from './run';

const rule = keyProductsRule({
  id: 'x/art33-products',
  title: '优先采购自主可靠产品',
  citation: art(33),
  quote: '优先采购自主可靠的信息安全设备',
  adjective: '自主可靠',
  unrecorded: 'U',
  basis: 'B',
  action: 'A',
});
const ASOF = '2026-06-01';

describe('keyProductsRule', () => {
  it('holds when all key products are such, and before construction', () => {
    expect(run(rule, facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'all' } }), ASOF)).toEqual([]);
    expect(run(rule, facts({ project: { stage: 'procurement' } }), ASOF)).toEqual([]);
  });
  it('fires (info) when not recorded, partial or none', () => {
    expect(run(rule, facts({ project: { stage: 'construction' } }), ASOF)).toEqual([{ severity: 'info', message: 'U', action: 'A' }]);
    expect(run(rule, facts({ project: { stage: 'construction' }, compliance: { keyProductsDomestic: 'partial' } }), ASOF)[0]?.message).toBe(
      '关键产品部分采用自主可靠产品；B',
    );
    expect(run(rule, facts({ project: { stage: 'operation' }, compliance: { keyProductsDomestic: 'none' } }), ASOF)[0]?.message).toBe(
      '关键产品均未采用自主可靠产品；B',
    );
  });
});
