/**
 * 第二条: the 办法 applies to 非涉密 projects built wholly or partly with 市本级财政资金.
 */
import type { ScopeExclusion } from '../../framework/pack';
import { art, ruleId } from './meta';

// 第二条 本办法适用于非涉密信息化项目，涉密信息化项目按照保密有关规定执行。
export const classifiedProjects: ScopeExclusion = {
  id: ruleId('art2-classified-projects'),
  title: '涉密项目按照保密有关规定执行',
  citation: art(2),
  quote: '本办法适用于非涉密信息化项目，涉密信息化项目按照保密有关规定执行',
  appliesTo: { flags: { classified: true } },
  message: '项目涉及国家秘密；依第二条，“本办法适用于非涉密信息化项目，涉密信息化项目按照保密有关规定执行”，本办法的检查不适用。',
  action: '请按保密有关规定办理。',
};

// 第二条 本办法所称市本级财政投资类信息化项目……是指全部或部分使用市本级财政资金建设的……项目。
// Decided from the recorded funding: a project with an investment and no 本级财政资金 is outside
// (one info finding, no other rule). A project without amounts yet is not shown to be outside.
export const municipalFunds: ScopeExclusion = {
  id: ruleId('art2-municipal-funds'),
  title: '全部或部分使用市本级财政资金',
  citation: art(2),
  quote: '是指全部或部分使用市本级财政资金建设的',
  appliesTo: { noFundsFrom: ['localFiscal'] },
  message: '项目登记的本级财政资金为 0；依第二条，本办法所称信息化项目“是指全部或部分使用市本级财政资金建设的”项目，本办法的检查不适用。',
  action: '请核对资金来源；确使用市本级财政资金的，请更正资金来源后重新检查，否则请确认适用的管理规定。',
};
