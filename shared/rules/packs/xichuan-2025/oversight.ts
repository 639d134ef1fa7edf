/**
 * Facts issue 12 made recordable: the payments against the total investment
 * (第十一条), the network-security duties (第三十条), the supervisor's qualification
 * (第十六条) and the offices' 限期整改 (第三十五条).
 */
import { fenToWanYuan } from '../../../domain/money';
import { networkSecurityRule } from '../../framework/common/network-security';
import { rectificationDeadline } from '../../framework/common/rectification';
import { supervisorQualifiedRule } from '../../framework/common/supervision';
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第十一条 ……项目建设单位应严格按照县发改委批复的建设方案和……项目实施意见实施项目总投资有节余的应按照有关规定退回节余资金。
// Once the final payment is made, the payments recorded (with amounts) below the approved total
// (概算 when approved, else the register's total) show a surplus: an info, since payments made
// outside the register may exist.
export const surplusReturned: Rule<XichuanParameter> = {
  id: ruleId('art11-surplus-returned'),
  title: '总投资有节余的退回节余资金',
  citation: art(11),
  quote: '总投资有节余的应按照有关规定退回节余资金',
  check(view, _ctx, report) {
    const payments = view.all('paymentMade');
    const final = payments.find((payment) => payment.paymentStage === 'final');
    if (!final) return;
    let paid = 0;
    for (const payment of payments) {
      if (payment.amountFen === undefined) return; // an amount not recorded: the sum is not known
      paid += payment.amountFen;
    }
    const total = view.attributes.approvedEstimateFen ?? view.project.totalInvestmentFen;
    if (paid >= total) return;
    report({
      severity: 'info',
      message: `项目已于 ${final.date} 支付尾款，登记的拨付合计 ${fenToWanYuan(paid)} 万元，低于总投资 ${fenToWanYuan(total)} 万元；依第十一条，“总投资有节余的应按照有关规定退回节余资金”。`,
      action: '请核对资金拨付情况；确有节余的，请按有关规定退回节余资金并登记。',
    });
  },
};

// 第三十条 项目建设单位应当按照《中华人民共和国网络安全法》《中华人民共和国数据安全法》等法律、法规以及党政机关安全管理等有关规定,
// 建立网络安全管理制度和技术措施,加强政务信息化项目与数据资源的安全保密工作,保障信息系统安全稳定运行。
export const networkSecurity = networkSecurityRule<XichuanParameter>({
  id: ruleId('art30-network-security'),
  title: '建立网络安全管理制度和技术措施',
  citation: art(30),
  quote: '建立网络安全管理制度和技术措施',
});

// 第十六条 ……项目建设单位应当按照信息化项目监理有关规定,委托具有资质的监理单位对项目建设进行工程监理。
export const supervisorQualified = supervisorQualifiedRule<XichuanParameter>(
  {
    id: ruleId('art16-supervisor-qualified'),
    title: '委托具有资质的监理单位',
    citation: art(16),
    quote: '委托具有资质的监理单位对项目建设进行工程监理',
  },
  '监理资质',
);

// 第三十五条 ……监督检查中发现项目严重逾期、投资重大损失或其他违反国家及省、市有关规定或者批复要求的,应当要求项目建设单位限期整改。
// 对拒不整改或整改后仍不符合要求的,可对其暂缓拨付建设资金、暂停项目建设。
export const rectificationWithinLimit = rectificationDeadline<XichuanParameter>({
  id: ruleId('art35-rectify-within-limit'),
  title: '限期整改',
  citation: art(35),
  quote: '应当要求项目建设单位限期整改',
  office: '县发改委、县财政局、县行政审批和政务信息管理局等监督检查部门',
  consequence: '“对拒不整改或整改后仍不符合要求的,可对其暂缓拨付建设资金、暂停项目建设”。',
});

export const oversightRules = [surplusReturned, networkSecurity, supervisorQualified];
