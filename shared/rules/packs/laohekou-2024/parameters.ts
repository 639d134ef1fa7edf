/**
 * Every number the laohekou rules use. All are fixed by the 办法 itself (none
 * is left to the review office), and all run exactly over its five years.
 */
import type { ParameterTable } from '../../framework/parameters';
import { art, laohekouMeta } from './meta';

const validity = { from: laohekouMeta.validFrom, until: laohekouMeta.validUntil } as const;

export type LaohekouParameter =
  | 'supervisionApplicationWorkingDays'
  | 'trialRunMinimumMonths'
  | 'selfEvaluationOpensMonths'
  | 'selfEvaluationDueMonths';

export const laohekouParameters: ParameterTable<LaohekouParameter> = {
  supervisionApplicationWorkingDays: {
    description: '确定中标结果后提交派驻监理单位申请的期限（工作日）',
    unit: 'workingDays',
    citation: art(18),
    quote: '确定中标结果的5个工作日内',
    overridable: false,
    values: [{ ...validity, value: 5 }],
  },
  trialRunMinimumMonths: {
    description: '验收前安全稳定试运行的最短期间（月）（不少于）',
    unit: 'months',
    citation: art(23),
    quote: '经过不少于一个月的安全稳定试运行',
    overridable: false,
    values: [{ ...validity, value: 1 }],
  },
  selfEvaluationOpensMonths: {
    description: '通过验收并投入运行后开展自评价的起始（月）',
    unit: 'months',
    citation: art(26),
    quote: '在项目通过验收并投入运行后12至24个月内',
    overridable: false,
    values: [{ ...validity, value: 12 }],
  },
  selfEvaluationDueMonths: {
    description: '通过验收并投入运行后开展自评价的截止（月）',
    unit: 'months',
    citation: art(26),
    quote: '在项目通过验收并投入运行后12至24个月内',
    overridable: false,
    values: [{ ...validity, value: 24 }],
  },
};
