/**
 * 第二十四条: the self-evaluation 12 to 24 months after final acceptance and
 * putting the system into use.
 */
import { selfEvaluationWindowDeadline } from '../../framework/common/self-evaluation';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第二十四条 项目建设单位应在项目竣工验收并投入使用或运营后12至24个月内开展自评价，并将自评价报告报送市大数据局。
// “竣工验收并投入使用或运营后”: the later of the passed acceptance and the start of operation.
// A window: an evaluation before month 12 is `early` and does not count; one in the window does.
export const selfEvaluationWindow = selfEvaluationWindowDeadline<HezeParameter>({
  id: ruleId('art24-self-evaluation-window'),
  title: '竣工验收并投入使用后12至24个月内开展自评价',
  citation: art(24),
  quote: '项目竣工验收并投入使用或运营后12至24个月内开展自评价',
  opensMonths: 'selfEvaluationOpensMonths',
  dueMonths: 'selfEvaluationDueMonths',
  label: '开展自评价',
  since: '竣工验收并投入使用',
  dueSoonQuote: '“12至24个月内开展自评价”',
  actions: {
    early: (window) => `请在 ${window} 期间再开展一次自评价，并将自评价报告报送市大数据局。`,
    dueSoon: '请开展自评价，将自评价报告报送市大数据局，并登记报送日期。',
    overdue: '请尽快开展自评价并将报告报送市大数据局，说明逾期原因。',
  },
});
