/**
 * 第十六条: the signed procurement contract is filed with 市大数据局 within five
 * working days. One deadline per contract signed; a filing on or after the
 * signing day counts for it.
 */
import type { DeadlineDefinition } from '../../framework/deadline';
import { daysBetween } from '../../framework/dates';
import { workingDaysPeriodEnd } from '../../framework/periods';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第十六条 ……项目建设单位签订正式采购合同5个工作日内，应将相关资料向市大数据局备案。
export const contractFilingDeadline: DeadlineDefinition<HezeParameter> = {
  id: ruleId('art16-contract-filing-5-working-days'),
  title: '签订采购合同后5个工作日内备案',
  citation: art(16),
  quote: '项目建设单位签订正式采购合同5个工作日内，应将相关资料向市大数据局备案',
  instances(view, ctx) {
    const days = ctx.params.number('contractFilingWorkingDays');
    return view.all('contractSigned').map((contract) => ({
      label: `${contract.date} 签订的采购合同备案`,
      startedOn: contract.date,
      dueDate: workingDaysPeriodEnd(contract.date, days, ctx.calendar),
      doneOn: view.firstOnOrAfter('contractFiled', contract.date)?.date ?? null,
    }));
  },
  describe(instance, status, _view, ctx) {
    const signed = `采购合同于 ${instance.startedOn ?? ''} 签订`;
    switch (status) {
      case 'met':
      case 'early': // no windows in this deadline
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${signed}，依“签订正式采购合同5个工作日内，应将相关资料向市大数据局备案”，应于 ${instance.dueDate} 前备案，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请将合同等相关资料报市大数据局备案，并登记备案日期。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${signed}，应在“5个工作日内”（${instance.dueDate} 前）将相关资料向市大数据局备案，尚无备案记录。`,
          action: '请立即将合同等相关资料报市大数据局备案，并说明逾期原因。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${signed}，于 ${instance.doneOn ?? ''} 备案，晚于“5个工作日内”的期限（${instance.dueDate}）。`,
          action: '无需处理；如监督检查问及，请说明逾期原因。',
        };
    }
  },
};
