/**
 * 监理资质: the supervisor must hold the qualification the article names
 * (chenzhou 第十三条 “具有信息系统工程相应监理资质”, xichuan 第十六条 “具有资质的监理单位”).
 * Judged once a supervisor is engaged and its qualification is recorded.
 */
import type { Rule } from '../rule';
import { ruleOf, type RuleHead } from './rule-head';

export function supervisorQualifiedRule<P extends string>(head: RuleHead, qualification: string): Rule<P> {
  return ruleOf<P>(head, (view, _ctx, report) => {
    if (view.compliance.supervisor.qualified !== false) return;
    if (!view.first('supervisionContracted') && !view.has('supervisionContract')) return;
    report({
      severity: 'warning',
      message: `登记的监理单位不具有${qualification}；依“${head.quote}”，应委托具有相应资质的监理单位。`,
      action: '请委托具有相应资质的监理单位，并登记其资质证书编号；资质登记有误的，请更正。',
    });
  });
}
