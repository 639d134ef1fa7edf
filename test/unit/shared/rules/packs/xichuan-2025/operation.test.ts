import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const running = (operation: NonNullable<ProjectFactsInput['compliance']>['operation'] = {}, events: LifecycleEventInput[] = []) =>
  facts({ project: { stage: 'operation', dataSharing: 'shared' }, compliance: { operation }, events });

// 第二十条 信息系统停止运行或长期未使用的,系统使用单位须及时向县行政审批和政务信息管理局报告相关情况
// “长期” = more than 180 days (an office parameter, default marked as such).
describeRule('xichuan-2025/art20-report-unused-system', 20, '信息系统停止运行或长期未使用的', {
  holds: [
    { name: '系统在用', facts: running({ lastUsedOn: '2026-05-30' }), asOf: '2026-06-01' },
    { name: '未使用恰 180 天（不超过，不算长期）', facts: running({ lastUsedOn: '2025-12-03' }), asOf: '2026-06-01' },
    { name: '停止运行后已报告', facts: running({ stoppedOn: '2026-03-01' }, [on('shutdownReported', '2026-03-05')]), asOf: '2026-06-01' },
  ],
  fires: [
    { name: '未使用 181 天未报告', facts: running({ lastUsedOn: '2025-12-02' }), asOf: '2026-06-01', severity: 'warning', says: '超过 180 天未使用' },
    { name: '停止运行未报告', facts: running({ stoppedOn: '2026-05-01' }), asOf: '2026-06-01', severity: 'warning', says: '停止运行' },
    {
      name: '报告早于停止运行，不算',
      facts: running({ stoppedOn: '2026-05-01' }, [on('shutdownReported', '2026-01-05')]),
      asOf: '2026-06-01',
      severity: 'warning',
    },
  ],
});

// 第二十条 ……经核准同意后进行关停处理。
describeRule('xichuan-2025/art20-shutdown-approved', 20, '经核准同意后进行关停处理', {
  holds: [
    { name: '经核准同意后关停', facts: facts({ project: { stage: 'shutDown' }, events: [review('shutdown', '2026-04-01'), on('shutDown', '2026-04-10')] }), asOf: '2026-06-01' },
    { name: '在运行的系统', facts: running(), asOf: '2026-06-01' },
  ],
  fires: [
    { name: '未经核准即关停', facts: facts({ project: { stage: 'shutDown' }, events: [on('shutDown', '2026-04-10')] }), asOf: '2026-06-01', severity: 'warning' },
    {
      name: '核准申请被驳回仍关停',
      facts: facts({ project: { stage: 'shutDown' }, events: [review('shutdown', '2026-04-01', 'rejected')] }),
      asOf: '2026-06-01',
      severity: 'warning',
    },
  ],
});

// 第二十一条 采用外包运行维护方式的,应进行政府采购。
describeRule('xichuan-2025/art21-outsourced-om-procured', 21, '采用外包运行维护方式的,应进行政府采购', {
  holds: [
    { name: '外包运维经政府采购', facts: running({ mode: 'outsourced', outsourcedViaProcurement: true }), asOf: '2026-06-01' },
    { name: '建设单位自管', facts: running({ mode: 'self' }), asOf: '2026-06-01' },
  ],
  fires: [
    { name: '外包运维未经政府采购', facts: running({ mode: 'outsourced', outsourcedViaProcurement: false }), asOf: '2026-06-01', severity: 'warning', says: '未经政府采购' },
    { name: '外包运维未登记采购情况', facts: running({ mode: 'outsourced' }), asOf: '2026-06-01', severity: 'warning', says: '尚未登记' },
  ],
});

const budget = (date: string): LifecycleEventInput => ({ kind: 'omBudgetRequested', date, year: 2027 });

// 第二十二条 政务信息化项目运维费须经县行政审批和政务信息管理局审核通过并出具审核意见后……提出预算申请
describeRule('xichuan-2025/art22-om-fee-reviewed', 22, '审核通过并出具审核意见后', {
  holds: [
    { name: '审核通过当天提出预算申请', facts: running({}, [review('omFee', '2026-09-01'), budget('2026-09-01')]), asOf: '2026-10-01' },
    { name: '尚未申请运维预算', facts: running(), asOf: '2026-10-01' },
  ],
  fires: [
    { name: '未经审核即申请预算', facts: running({}, [budget('2026-09-01')]), asOf: '2026-10-01', severity: 'warning' },
    { name: '审核晚于预算申请', facts: running({}, [budget('2026-09-01'), review('omFee', '2026-09-02')]), asOf: '2026-10-01', severity: 'warning' },
  ],
});

// 第二十三条 存在以下情况的,不予安排运维预算:(一)……(二)……
describeRule('xichuan-2025/art23-om-budget-eligibility', 23, '不予安排运维预算', {
  holds: [
    { name: '已共享、在用、评价合格', facts: running({ lastUsedOn: '2026-09-01' }, [budget('2026-09-10')]), asOf: '2026-10-01' },
    { name: '不涉及数据共享的系统', facts: facts({ project: { stage: 'operation', dataSharing: 'notApplicable' }, events: [budget('2026-09-10')] }), asOf: '2026-10-01' },
    { name: '未申请运维预算', facts: facts({ project: { stage: 'operation', dataSharing: 'none' } }), asOf: '2026-10-01' },
    { name: '停止运行恰 180 天（不超过）', facts: running({ stoppedOn: '2026-04-04' }, [budget('2026-09-10')]), asOf: '2026-10-01' },
  ],
  fires: [
    {
      name: '（一）未按要求完成……信息共享',
      facts: facts({ project: { stage: 'operation', dataSharing: 'catalogued' }, events: [budget('2026-09-10')] }),
      asOf: '2026-10-01',
      severity: 'blocking',
      says: '（一）未按要求完成信息共享',
    },
    {
      name: '（一）存在重复采集数据或重复建设',
      facts: facts({ project: { stage: 'operation', dataSharing: 'shared' }, compliance: { sharing: { duplicateCollection: true } }, events: [budget('2026-09-10')] }),
      asOf: '2026-10-01',
      severity: 'blocking',
      says: '重复采集',
    },
    { name: '（二）长时间停止运行（181 天）', facts: running({ stoppedOn: '2026-04-03' }, [budget('2026-09-10')]), asOf: '2026-10-01', severity: 'blocking', says: '（二）' },
    {
      name: '（二）评估评价不合格且整改不到位',
      facts: running({ evaluationFailedUnrectified: true }, [budget('2026-09-10')]),
      asOf: '2026-10-01',
      severity: 'blocking',
      says: '评估评价不合格',
    },
  ],
});
