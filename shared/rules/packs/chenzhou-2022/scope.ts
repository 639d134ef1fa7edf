/**
 * 第二条: the 办法 applies to 非涉密 projects built wholly or partly with 市本级财政资金.
 */
import type { ScopeExclusion } from '../../framework/pack';
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

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
// Not an exclusion (the register may record the funding late): an info finding, and the other rules still run.
export const municipalFunds: Rule<ChenzhouParameter> = {
  id: ruleId('art2-municipal-funds'),
  title: '全部或部分使用市本级财政资金',
  citation: art(2),
  quote: '是指全部或部分使用市本级财政资金建设的',
  check(view, _ctx, report) {
    if (view.project.funding.localFiscal > 0) return;
    report({
      severity: 'info',
      message: '项目登记的本级财政资金为 0；依第二条，本办法所称信息化项目“是指全部或部分使用市本级财政资金建设的”项目，本项目可能不属于本办法的适用范围。',
      action: '请核对资金来源；确不使用市本级财政资金的，请确认适用的管理规定。',
    });
  },
};
