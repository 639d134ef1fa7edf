/**
 * 网络安全管理制度和技术措施 (xichuan 第三十条 “建立网络安全管理制度和技术措施”, heze
 * 第三十一条 “建立网络安全管理制度，采取技术措施”): once the system is built or running,
 * a “no” recorded is a warning; nothing recorded is an info asking for it (absent
 * facts are not taken as the favourable answer).
 */
import type { Rule } from '../rule';
import { ruleOf, type RuleHead } from './rule-head';

export function networkSecurityRule<P extends string>(head: RuleHead): Rule<P> {
  return ruleOf<P>(head, (view, _ctx, report) => {
    if (!view.atOrAfter('trialRun')) return;
    const { managementRules, technicalMeasures } = view.compliance.security;
    const missing: string[] = [];
    if (managementRules === false) missing.push('网络安全管理制度');
    if (technicalMeasures === false) missing.push('网络安全技术措施');
    if (missing.length > 0) {
      report({
        severity: 'warning',
        message: `系统已建成，尚未建立${missing.join('和')}；依“${head.quote}”，项目建设单位应当建立。`,
        action: `请建立${missing.join('和')}，并登记落实情况。`,
      });
    } else if (managementRules === undefined || technicalMeasures === undefined) {
      report({
        severity: 'info',
        message: `系统已建成，尚未登记网络安全管理制度和技术措施的落实情况；依“${head.quote}”，项目建设单位应当建立。`,
        action: '请登记网络安全管理制度和技术措施的落实情况。',
      });
    }
  });
}
