import type { ScopeExclusion } from '../../framework/pack';
import { art, ruleId } from './meta';

// 第三十八条 涉及国家秘密的信息化项目建设和国家有特别规定的政务信息化项目建设,按有关规定执行。
export const classifiedProjects: ScopeExclusion = {
  id: ruleId('art38-classified-projects'),
  title: '涉密项目按有关规定执行',
  citation: art(38),
  quote: '涉及国家秘密的信息化项目建设',
  appliesTo: { flags: { classified: true } },
  message: '项目涉及国家秘密；依第三十八条，“涉及国家秘密的信息化项目建设……按有关规定执行”，本办法的检查不适用。',
  action: '请按保密有关规定办理，由县委机要保密局等部门审查确认。',
};
