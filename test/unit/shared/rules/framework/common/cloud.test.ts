import { describe, expect, it } from 'vitest';
import { govCloudDeploymentRule, migrateToGovCloudRule } from '../../../../../../shared/rules/framework/common/cloud';
import { facts } from '../../support/facts';
import { art, run } from './run';

const ASOF = '2026-06-01';

describe('govCloudDeploymentRule', () => {
  const rule = govCloudDeploymentRule({
    id: 'x/art11-cloud',
    title: 'T',
    citation: art(11),
    quote: 'Q',
    severity: 'warning',
    applies: (view) => view.project.kind === 'new' && view.atOrAfter('approved'),
    message: (deployment) => `M:${deployment}`,
    action: 'A',
  });
  it('holds on the government cloud, and where it does not apply', () => {
    expect(run(rule, facts({ project: { stage: 'approved', kind: 'new', cloudDeployment: 'govCloud' } }), ASOF)).toEqual([]);
    expect(run(rule, facts({ project: { stage: 'approved', kind: 'upgrade', cloudDeployment: 'ownRoom' } }), ASOF)).toEqual([]);
  });
  it('fires for its own room or an undecided deployment', () => {
    expect(run(rule, facts({ project: { stage: 'approved', kind: 'new', cloudDeployment: 'ownRoom' } }), ASOF)).toEqual([
      { severity: 'warning', message: 'M:ownRoom', action: 'A' },
    ]);
    expect(run(rule, facts({ project: { stage: 'construction', kind: 'new', cloudDeployment: 'undecided' } }), ASOF)[0]?.message).toBe('M:undecided');
  });
});

describe('migrateToGovCloudRule', () => {
  const rule = migrateToGovCloudRule({ id: 'x/art16-migrate', title: 'T', citation: art(16), quote: 'Q', message: 'M', action: 'A' });
  it('holds while not yet in operation, or on the cloud', () => {
    expect(run(rule, facts({ project: { stage: 'construction', cloudDeployment: 'ownRoom' } }), ASOF)).toEqual([]);
    expect(run(rule, facts({ project: { stage: 'operation', cloudDeployment: 'govCloud' } }), ASOF)).toEqual([]);
  });
  it('fires for a system in operation in its own room', () => {
    expect(run(rule, facts({ project: { stage: 'operation', cloudDeployment: 'ownRoom' } }), ASOF)).toEqual([{ severity: 'warning', message: 'M', action: 'A' }]);
  });
});
