/**
 * Every number the heze rules use. Values fixed by the 办法 are not
 * overridable; amounts it names but leaves open are defaults (`isDefault`),
 * which the review office may replace with its own dated values. All values
 * run exactly over the validity (2021-01-11 … 2022-12-27) and end with it.
 */
import type { ParameterTable } from '../../framework/parameters';
import { art, hezeMeta } from './meta';

const validity = { from: hezeMeta.validFrom, until: hezeMeta.validUntil } as const;

export type HezeParameter =
  | 'contractFilingWorkingDays'
  | 'acceptanceApplicationMonths'
  | 'selfEvaluationOpensMonths'
  | 'selfEvaluationDueMonths'
  | 'seriousDelayDays'
  | 'cryptoAssessmentIntervalMonths'
  | 'securityAssessmentIntervalMonths';

export const hezeParameters: ParameterTable<HezeParameter> = {
  contractFilingWorkingDays: {
    description: '签订正式采购合同后向市大数据局备案的期限（工作日）',
    unit: 'workingDays',
    citation: art(16),
    quote: '项目建设单位签订正式采购合同5个工作日内',
    overridable: false,
    values: [{ ...validity, value: 5 }],
  },
  acceptanceApplicationMonths: {
    description: '完成建设任务后提交竣工验收申请报告的期限（月）（“半年”）',
    unit: 'months',
    citation: art(23),
    quote: '项目建设单位应在完成项目建设任务后半年内',
    overridable: false,
    values: [{ ...validity, value: 6 }],
  },
  selfEvaluationOpensMonths: {
    description: '竣工验收并投入使用或运营后开展自评价的起始（月）',
    unit: 'months',
    citation: art(24),
    quote: '项目竣工验收并投入使用或运营后12至24个月内开展自评价',
    overridable: false,
    values: [{ ...validity, value: 12 }],
  },
  selfEvaluationDueMonths: {
    description: '竣工验收并投入使用或运营后开展自评价的截止（月）',
    unit: 'months',
    citation: art(24),
    quote: '项目竣工验收并投入使用或运营后12至24个月内开展自评价',
    overridable: false,
    values: [{ ...validity, value: 24 }],
  },
  seriousDelayDays: {
    description: '超过计划建成日期多少天视为“工程严重逾期”（超过即是）（办法未规定，由市大数据局确定）',
    unit: 'days',
    citation: art(20),
    quote: '项目建设过程中出现工程严重逾期',
    overridable: true,
    values: [{ ...validity, value: 90, isDefault: true }],
  },
  cryptoAssessmentIntervalMonths: {
    description: '密码应用安全性评估的周期（月）（办法只说“定期评估”，周期由市大数据局、市密码管理部门确定）',
    unit: 'months',
    citation: art(32),
    quote: '同步规划、同步建设、同步运行密码保障系统并定期评估',
    overridable: true,
    values: [{ ...validity, value: 12, isDefault: true }],
  },
  securityAssessmentIntervalMonths: {
    description: '网络安全检测与风险评估的周期（月）（办法只说“定期开展”，周期由市大数据局确定）',
    unit: 'months',
    citation: art(31),
    quote: '定期开展网络安全检测与风险评估',
    overridable: true,
    values: [{ ...validity, value: 12, isDefault: true }],
  },
};
