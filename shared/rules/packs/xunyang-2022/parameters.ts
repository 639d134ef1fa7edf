/**
 * Every number the xunyang rules use. Both are fixed by the 办法 (not overridable).
 * The 办法 is a trial with no end date, so the values run without end (`until: null`).
 */
import type { ParameterTable } from '../../framework/parameters';
import { art, xunyangMeta } from './meta';

const inForce = { from: xunyangMeta.validFrom, until: null } as const;

export type XunyangParameter = 'declarationDeadline' | 'performanceReportDeadline';

export const xunyangParameters: ParameterTable<XunyangParameter> = {
  declarationDeadline: {
    description: '下一个年度项目申报表和项目建议书的提交截止日（每年）',
    unit: 'monthDay',
    citation: art(7),
    quote: '于每年9月底前须提交下一个年度项目申报表和项目建议书',
    overridable: false,
    values: [{ ...inForce, value: '09-30' }],
  },
  performanceReportDeadline: {
    description: '建设期内项目绩效评价报告的年度提交截止日',
    unit: 'monthDay',
    citation: art(17),
    quote: '每年底前提交至区信息办',
    overridable: false,
    values: [{ ...inForce, value: '12-31' }],
  },
};
