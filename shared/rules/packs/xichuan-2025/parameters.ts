/**
 * Every number the xichuan rules use. Values fixed by the 办法 are not
 * overridable; amounts it names but leaves open are defaults (`isDefault`),
 * which the review office may replace with its own dated values.
 * All values run exactly over the trial period and end with it.
 */
import type { ParameterTable } from '../../framework/parameters';
import { art, xichuanMeta } from './meta';

const trialPeriod = { from: xichuanMeta.validFrom, until: xichuanMeta.validUntil } as const;

export type XichuanParameter =
  | 'declarationDeadline'
  | 'changeAdjustmentCapPercent'
  | 'acceptanceWindowMonths'
  | 'rectificationWindowMonths'
  | 'inventoryFilingDeadline'
  | 'cryptoAssessmentIntervalMonths'
  | 'longUnusedDays'
  | 'seriousDelayDays';

export const xichuanParameters: ParameterTable<XichuanParameter> = {
  declarationDeadline: {
    description: '下年度项目材料的报送截止日（每年）',
    unit: 'monthDay',
    citation: art(7),
    quote: '每年6月底前',
    overridable: false,
    values: [{ ...trialPeriod, value: '06-30' }],
  },
  changeAdjustmentCapPercent: {
    description: '项目建设单位可自行调整（并备案）的资金调整数额上限，占概算总投资的百分比',
    unit: 'percent',
    citation: art(17),
    quote: '资金调整数额不超过概算总投资15%',
    overridable: false,
    values: [{ ...trialPeriod, value: 15 }],
  },
  acceptanceWindowMonths: {
    description: '项目建成后组织验收的期限（月）',
    unit: 'months',
    citation: art(18),
    quote: '政务信息化项目建成6个月内',
    overridable: false,
    values: [{ ...trialPeriod, value: 6 }],
  },
  rectificationWindowMonths: {
    description: '未通过验收后完成整改的期限（月）',
    unit: 'months',
    citation: art(19),
    quote: '在一个月内完成整改后',
    overridable: false,
    values: [{ ...trialPeriod, value: 1 }],
  },
  inventoryFilingDeadline: {
    description: '政务信息系统基础目录清单的年度报备截止日（办法只说“每年”，截止日由审查部门确定）',
    unit: 'monthDay',
    citation: art(28),
    quote: '每年编制本部门政务信息系统基础目录清单',
    overridable: true,
    values: [{ ...trialPeriod, value: '12-31', isDefault: true }],
  },
  cryptoAssessmentIntervalMonths: {
    description: '密码应用安全性评估的周期（月）（办法只说“定期评估”，周期由审查部门确定）',
    unit: 'months',
    citation: art(31),
    quote: '同步运行密码保障系统并定期评估',
    overridable: true,
    values: [{ ...trialPeriod, value: 12, isDefault: true }],
  },
  longUnusedDays: {
    description: '视为“长期未使用”“长时间停止运行”的天数（超过即是）（办法未规定，由审查部门确定）',
    unit: 'days',
    citation: art(20),
    quote: '信息系统停止运行或长期未使用的',
    overridable: true,
    values: [{ ...trialPeriod, value: 180, isDefault: true }],
  },
  seriousDelayDays: {
    description: '超过计划建成日期多少天视为“严重逾期”（超过即是）（办法未规定，由审查部门确定）',
    unit: 'days',
    citation: art(35),
    quote: '发现项目严重逾期',
    overridable: true,
    values: [{ ...trialPeriod, value: 90, isDefault: true }],
  },
};
