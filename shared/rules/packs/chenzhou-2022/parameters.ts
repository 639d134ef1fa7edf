/**
 * Every number the chenzhou rules use. 第八条 names 政府采购限额标准 and 立项金额标准
 * but does not fix them, and 第九条、第十四条、第十五条 name 审批时限, 定期 and 严重逾期
 * without a figure: those are defaults (`isDefault`), each saying where it comes
 * from, which 领导小组办公室 should replace with its own dated values.
 * All values run exactly over the validity period and end with it.
 */
import type { ParameterTable } from '../../framework/parameters';
import { art, chenzhouMeta } from './meta';

const inForce = { from: chenzhouMeta.validFrom, until: chenzhouMeta.validUntil } as const;

export type ChenzhouParameter =
  | 'declarationDeadline'
  | 'procurementLimitFen'
  | 'establishmentThresholdFen'
  | 'reviewTimeLimitWorkingDays'
  | 'securityAssessmentIntervalMonths'
  | 'seriousDelayDays';

export const chenzhouParameters: ParameterTable<ChenzhouParameter> = {
  declarationDeadline: {
    description: '下一年度信息化项目的申报截止日（每年度末）',
    unit: 'monthDay',
    citation: art(6),
    quote: '原则上每年度末',
    overridable: false,
    values: [{ ...inForce, value: '12-31' }],
  },
  procurementLimitFen: {
    description: '政府采购限额标准（分）：总投资未达到的，由项目建设单位自行组织实施（办法未规定数额，由领导小组办公室确定）',
    unit: 'fen',
    citation: art(8),
    quote: '总投资未达到政府采购限额标准的，由项目建设单位自行组织实施',
    overridable: true,
    values: [
      {
        ...inForce,
        value: 50_000_000, // 50 万元
        isDefault: true,
        reference:
          '默认值 50 万元：参照湖南省省级货物项目分散采购限额标准（市州可参照执行；财政部《地方预算单位政府集中采购目录及标准指引》要求市县级货物、服务不低于 30 万元）。须由领导小组办公室按郴州市现行政府采购限额标准确定。',
      },
    ],
  },
  establishmentThresholdFen: {
    description: '立项金额标准（分）：总投资在其以上的，需进行立项（办法未规定数额，由领导小组办公室会同市发改委确定）',
    unit: 'fen',
    citation: art(8),
    quote: '总投资在立项金额标准以上的，需进行立项、技术初审、财政投资评审等工作',
    overridable: true,
    values: [
      {
        ...inForce,
        value: 200_000_000, // 200 万元
        isDefault: true,
        reference: '默认值 200 万元：参照政府采购货物和服务项目公开招标数额标准（湖南省 200 万元）；办法和上位文件均未给出立项金额标准，须由领导小组办公室会同市发改委确定。',
      },
    ],
  },
  reviewTimeLimitWorkingDays: {
    description: '审查、审批的办理时限（工作日，自报请之日起）（办法只说“严格遵守审批时限”，时限由领导小组办公室确定）',
    unit: 'workingDays',
    citation: art(9),
    quote: '相关部门应严格遵守审批时限',
    overridable: true,
    values: [
      {
        ...inForce,
        value: 20,
        isDefault: true,
        reference: '默认值 20 个工作日：参照《行政许可法》第四十二条（二十日内作出决定）和第八十二条（期限以工作日计算）。',
      },
    ],
  },
  securityAssessmentIntervalMonths: {
    description: '网络安全检测与风险评估的周期（月）（办法只说“定期”，周期由领导小组办公室确定）',
    unit: 'months',
    citation: art(14),
    quote: '定期开展网络安全检测与风险评估',
    overridable: true,
    values: [{ ...inForce, value: 12, isDefault: true, reference: '默认值 12 个月：参照第三级信息系统每年至少开展一次等级测评的做法。' }],
  },
  seriousDelayDays: {
    description: '超过计划建成日期多少天视为“工程严重逾期”（超过即是）（办法未规定，由领导小组办公室确定）',
    unit: 'days',
    citation: art(15),
    quote: '出现工程严重逾期、重大投资损失等问题',
    overridable: true,
    values: [{ ...inForce, value: 90, isDefault: true, reference: '默认值 90 天：与淅川规则包的同名参数一致，无上位依据。' }],
  },
};
