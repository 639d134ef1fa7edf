/**
 * 第七章 统一绩效评价: the self-evaluation 12 to 24 months after the project
 * passed acceptance and went into operation (第二十六条). The performance
 * targets of 第二十五条 are a checklist item.
 */
import { selfEvaluationWindowDeadline } from '../../framework/common/self-evaluation';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

// 第二十六条 项目建设单位应当在项目通过验收并投入运行后12至24个月内,结合项目建设绩效目标开展自评价,
// 自评价报告报送市城市运行管理中心、市财政局以及使用单位。
// “通过验收并投入运行后”: the later of the passed acceptance and the start of operation.
// A window: an evaluation before month 12 is `early` and does not count; one in the window does.
export const selfEvaluationWindow = selfEvaluationWindowDeadline<LaohekouParameter>({
  id: ruleId('art26-self-evaluation-window'),
  title: '通过验收并投入运行后12至24个月内开展自评价',
  citation: art(26),
  quote: '在项目通过验收并投入运行后12至24个月内,结合项目建设绩效目标开展自评价',
  opensMonths: 'selfEvaluationOpensMonths',
  dueMonths: 'selfEvaluationDueMonths',
  label: '开展绩效自评价',
  since: '通过验收并投入运行',
  dueSoonQuote: '“12至24个月内……开展自评价”',
  actions: {
    early: (window) => `请在 ${window} 期间结合绩效目标再开展一次自评价，报送市城市运行管理中心、市财政局以及使用单位。`,
    dueSoon: '请结合项目建设绩效目标开展自评价，将自评价报告报送市城市运行管理中心、市财政局以及使用单位，并登记报送日期。',
    overdue: '请尽快开展自评价并报送市城市运行管理中心、市财政局以及使用单位，说明逾期原因。',
  },
});
