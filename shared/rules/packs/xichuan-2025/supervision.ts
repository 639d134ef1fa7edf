/**
 * 第七章 监督管理: serious delays (第三十五条).
 */
import { daysBetween } from '../../framework/dates';
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第三十五条 监督检查中发现项目严重逾期、投资重大损失或其他违反国家及省、市有关规定或者批复要求的,
// 应当要求项目建设单位限期整改。
// “严重逾期” is not quantified: more than `seriousDelayDays` (an office parameter) past the planned completion.
export const seriousDelay: Rule<XichuanParameter> = {
  id: ruleId('art35-serious-delay'),
  title: '项目严重逾期',
  citation: art(35),
  quote: '发现项目严重逾期',
  parameters: ['seriousDelayDays'],
  check(view, ctx, report) {
    const planned = view.attributes.plannedCompletionDate;
    if (!planned || !view.isIn('procurement', 'construction') || view.first('completed')) return;
    const late = daysBetween(planned, ctx.asOf);
    if (late <= 0) return;
    const limit = ctx.params.number('seriousDelayDays');
    report(
      late > limit
        ? {
            severity: 'warning',
            message: `项目计划于 ${planned} 建成，已逾期 ${late} 天（超过 ${limit} 天视为严重逾期）；依第三十五条，监督检查中“发现项目严重逾期”的，应当要求项目建设单位限期整改。`,
            action: '请说明逾期原因，制定整改计划和新的建成日期，报县发改委、县行政审批和政务信息管理局。',
          }
        : {
            severity: 'info',
            message: `项目计划于 ${planned} 建成，已逾期 ${late} 天；逾期超过 ${limit} 天将视为第三十五条所称“严重逾期”。`,
            action: '请加快建设进度，或按程序调整计划建成日期。',
          },
    );
  },
};
