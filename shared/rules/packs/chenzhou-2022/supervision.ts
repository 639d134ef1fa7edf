/**
 * 第十五条: serious delays reported to 领导小组办公室. “严重逾期” is not quantified:
 * more than `seriousDelayDays` (an office parameter) past the planned completion.
 * “重大投资损失” has no fact in the register.
 */
import { supervisorQualifiedRule } from '../../framework/common/supervision';
import { addDays, daysBetween } from '../../framework/dates';
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

// 第十五条 项目建设过程中出现工程严重逾期、重大投资损失等问题，项目建设单位应及时向领导小组办公室报告。
export const seriousDelayReported: Rule<ChenzhouParameter> = {
  id: ruleId('art15-serious-delay-reported'),
  title: '工程严重逾期应及时报告',
  citation: art(15),
  quote: '项目建设过程中出现工程严重逾期、重大投资损失等问题，项目建设单位应及时向领导小组办公室报告',
  parameters: ['seriousDelayDays'],
  check(view, ctx, report) {
    const planned = view.attributes.plannedCompletionDate;
    if (!planned || !view.isIn('procurement', 'construction') || view.first('completed')) return;
    const limit = ctx.params.number('seriousDelayDays');
    const late = daysBetween(planned, ctx.asOf);
    if (late <= limit) return; // 超过 is >
    // A report made once the delay had become serious (after planned + limit days) settles it.
    if (view.firstOnOrAfter('seriousProblemReported', addDays(planned, limit + 1))) return;
    report({
      severity: 'warning',
      message: `项目计划于 ${planned} 建成，已逾期 ${late} 天（超过 ${limit} 天视为工程严重逾期），尚无向领导小组办公室报告的记录；依第十五条，“项目建设单位应及时向领导小组办公室报告”。`,
      action: '请向领导小组办公室书面报告逾期原因、整改措施和新的建成日期，并登记报告日期。',
    });
  },
};

// 第十三条 项目建设单位应按照信息系统工程监理的有关规定，委托具有信息系统工程相应监理资质的工程监理单位，对项目建设进行工程监理。
export const supervisorQualified = supervisorQualifiedRule<ChenzhouParameter>(
  {
    id: ruleId('art13-supervisor-qualified'),
    title: '委托具有相应监理资质的监理单位',
    citation: art(13),
    quote: '委托具有信息系统工程相应监理资质的工程监理单位',
  },
  '信息系统工程相应监理资质',
);
