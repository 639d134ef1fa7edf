import { describe, expect, it } from 'vitest';
import { periodicAssessmentRule } from '../../../../../../shared/rules/framework/common/periodic';
import { facts, on } from '../../support/facts';
import { art, run } from './run';

const rule = periodicAssessmentRule({
  id: 'x/art14-security-assessment',
  title: '定期开展网络安全检测与风险评估',
  citation: art(14),
  quote: '定期开展网络安全检测与风险评估',
  intervalMonths: 'months',
  lastDone: (view) => view.last('securityAssessed')?.date,
  missing: { message: 'M', action: 'MA' },
  next: { what: '网络安全检测与风险评估', done: '开展', rhythm: '定期开展', action: 'NA' },
});
const params = { months: 12 };
const operating = (...dates: string[]) => facts({ project: { stage: 'operation' }, events: dates.map((d) => on('securityAssessed', d)) });

describe('periodicAssessmentRule', () => {
  it('holds before operation and while the next act is more than dueSoonDays away', () => {
    expect(run(rule, facts({ project: { stage: 'acceptance' } }), '2026-06-01', params)).toEqual([]);
    expect(run(rule, operating('2025-09-01'), '2026-06-01', params)).toEqual([]);
  });
  it('fires without any act', () => {
    expect(run(rule, operating(), '2026-06-01', params)).toEqual([{ severity: 'warning', message: 'M', action: 'MA' }]);
  });
  it('reminds on the due day (info) and warns the day after', () => {
    // 2025-06-02 + 12 months = 2026-06-02 (a Tuesday).
    expect(run(rule, operating('2025-06-02'), '2026-06-02', params)).toEqual([
      {
        severity: 'info',
        message: '上次网络安全检测与风险评估于 2025-06-02 开展，按每 12 个月定期开展，下次应于 2026-06-02 前完成。',
        action: 'NA',
        dueDate: '2026-06-02',
        restsOn: ['months'], // “定期” gives no interval: the office's parameter
      },
    ]);
    expect(run(rule, operating('2025-06-02'), '2026-06-03', params)[0]?.severity).toBe('warning');
  });
  it('leaves out projects without a system of their own by default', () => {
    const purchase = facts({ project: { stage: 'operation' }, attributes: { procurementOnly: true } });
    expect(run(rule, purchase, '2026-06-01', params)).toEqual([]);
  });
});
