import { describe, expect, it } from 'vitest';
import { notSharing, sharingInOperationRule } from '../../../../../../shared/rules/framework/common/sharing';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { facts } from '../../support/facts';
import { art, run } from './run';

const ASOF = '2026-06-01';
const head = { id: 'x/art27-sharing', title: 'T', citation: art(27), quote: 'Q', action: 'A' };

describe('sharingInOperationRule', () => {
  it('holds when shared, or before operation', () => {
    const rule = sharingInOperationRule({ ...head, message: 'M' });
    expect(run(rule, facts({ project: { stage: 'operation', dataSharing: 'shared' } }), ASOF)).toEqual([]);
    expect(run(rule, facts({ project: { stage: 'acceptance', dataSharing: 'none' } }), ASOF)).toEqual([]);
  });
  it('fires in operation with no catalogue or a catalogue only', () => {
    const rule = sharingInOperationRule({ ...head, message: (state) => `M:${state}` });
    expect(run(rule, facts({ project: { stage: 'operation', dataSharing: 'none' } }), ASOF)).toEqual([{ severity: 'warning', message: 'M:none', action: 'A' }]);
    expect(run(rule, facts({ project: { stage: 'operation', dataSharing: 'catalogued' } }), ASOF)[0]?.message).toBe('M:catalogued');
  });
  it('notSharing: none and catalogued only', () => {
    const view = (dataSharing: 'none' | 'catalogued' | 'shared' | 'notApplicable') => new FactsView(facts({ project: { dataSharing } }), ASOF);
    expect([notSharing(view('none')), notSharing(view('catalogued')), notSharing(view('shared')), notSharing(view('notApplicable'))]).toEqual([true, true, false, false]);
  });
});
