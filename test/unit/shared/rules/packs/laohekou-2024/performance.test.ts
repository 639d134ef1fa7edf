import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on } from '../../support/facts';
import { officialOptions } from '../../support/official-calendar';
import { describeRule } from '../../support/rule-cases';

// 第二十六条 项目建设单位应当在项目通过验收并投入运行后12至24个月内,结合项目建设绩效目标开展自评价
// Official calendar. Accepted and running from Fri 2024-03-15: the window opens on 2025-03-15 (a Saturday,
// not moved: it is the first day the act counts) and ends on 2026-03-15, a Sunday, moved to Mon 2026-03-16.
const running = (...more: LifecycleEventInput[]) =>
  facts({ project: { stage: 'operation', dataSharing: 'shared' }, events: [on('finalAcceptancePassed', '2024-03-15'), on('operationStarted', '2024-03-15'), ...more] });
const evaluated = (date: string) => on('selfEvaluationSubmitted', date);
const opts = { options: officialOptions };

describeRule('laohekou-2024/art26-self-evaluation-window', 26, '在项目通过验收并投入运行后12至24个月内,结合项目建设绩效目标开展自评价', {
  holds: [
    { name: '窗口首日（第12个月的对应日 2025-03-15）开展自评价', facts: running(evaluated('2025-03-15')), asOf: '2026-06-01', ...opts },
    { name: '期限最后一天（2026-03-16，周日顺延）开展自评价', facts: running(evaluated('2026-03-16')), asOf: '2026-06-01', ...opts },
    { name: '早于窗口的一次不算，窗口内再做一次即可', facts: running(evaluated('2024-12-02'), evaluated('2025-06-03')), asOf: '2026-06-01', ...opts },
    { name: '截止前31天尚未开展：不提示', facts: running(), asOf: '2026-02-13', ...opts },
    { name: '尚未通过验收', facts: facts({ project: { stage: 'acceptance' } }), asOf: '2026-06-01', ...opts },
  ],
  fires: [
    { name: '截止前30天：提示', facts: running(), asOf: '2026-02-14', severity: 'info', dueDate: '2026-03-16', ...opts },
    { name: '截止当天（2026-03-16）：提示', facts: running(), asOf: '2026-03-16', severity: 'info', dueDate: '2026-03-16', ...opts },
    { name: '截止后一天（2026-03-17）：警示', facts: running(), asOf: '2026-03-17', severity: 'warning', dueDate: '2026-03-16', ...opts },
    { name: '截止后一天才开展：逾期完成', facts: running(evaluated('2026-03-17')), asOf: '2026-06-01', severity: 'info', says: '晚于', ...opts },
    { name: '窗口开启前一天（2025-03-14）开展：过早，不算', facts: running(evaluated('2025-03-14')), asOf: '2025-06-03', severity: 'info', dueDate: '2026-03-16', says: '早于', ...opts },
    { name: '只做过过早的一次，期限已过：警示', facts: running(evaluated('2025-03-14')), asOf: '2026-03-17', severity: 'warning', says: '早于', ...opts },
    {
      name: '验收后才投入运行：窗口从投入运行（2024-04-01）起算，2025-03-20 的自评价过早',
      facts: facts({
        project: { stage: 'operation' },
        events: [on('finalAcceptancePassed', '2024-03-15'), on('operationStarted', '2024-04-01'), evaluated('2025-03-20')],
      }),
      asOf: '2025-06-03',
      severity: 'info',
      dueDate: '2026-04-01',
      says: '2025-04-01 至 2026-04-01',
      ...opts,
    },
  ],
});
