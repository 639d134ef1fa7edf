/**
 * 第七条: the yearly declaration by the end of September.
 */
import { yearlyDeclarationDeadline } from '../../framework/common/declaration';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

// 第七条 区信息办组织项目年度申报工作，项目建设使用单位于每年9月底前须提交下一个年度项目申报表和项目建议书。
// A fixed date, never moved (periods.ts). 第九条's special or urgent projects are outside the annual round.
export const declarationDeadline = yearlyDeclarationDeadline<XunyangParameter>({
  id: ruleId('art7-declaration-by-september'),
  title: '每年9月底前提交下一年度项目申报表和项目建议书',
  citation: art(7),
  quote: '于每年9月底前须提交下一个年度项目申报表和项目建议书',
  deadline: 'declarationDeadline',
  exempt: (view) => view.attributes.temporary,
  label: (year) => `${year} 年度项目申报`,
  dueSoon: (year, instance, daysLeft) => ({
    message: `${year} 年度项目的申报表和项目建议书须“于每年9月底前”提交，截止 ${instance.dueDate}，还剩 ${daysLeft} 天。`,
    action: '请在截止日前向区信息办提交项目申报表和项目建议书。',
  }),
  overdue: (year, instance) => ({
    message: `${year} 年度项目的申报表和项目建议书须于 ${instance.dueDate} 前提交（“于每年9月底前须提交”），至今尚未提交。`,
    action: '请尽快提交并说明逾期原因；属个别特殊或紧急项目的，请登记为计划外项目，按第九条办理。',
  }),
  metLate: (year, instance) => ({
    message: `${year} 年度项目于 ${instance.doneOn ?? ''} 提交申报，晚于“每年9月底前”的截止日 ${instance.dueDate}。`,
    action: '请与区信息办确认能否列入该年度计划。',
  }),
});
