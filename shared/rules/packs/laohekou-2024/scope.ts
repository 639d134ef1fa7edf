import type { ScopeExclusion } from '../../framework/pack';
import { art, ruleId } from './meta';

// 第二十八条 涉密的信息化和智慧城市项目按照相关保密要求实施。
export const classifiedProjects: ScopeExclusion = {
  id: ruleId('art28-classified-projects'),
  title: '涉密项目按照相关保密要求实施',
  citation: art(28),
  quote: '涉密的信息化和智慧城市项目按照相关保密要求实施',
  appliesTo: { flags: { classified: true } },
  message: '项目涉及国家秘密；依第二十八条，“涉密的信息化和智慧城市项目按照相关保密要求实施”，本办法的检查不适用。',
  action: '请按相关保密要求办理，由保密管理部门审查确认。',
};
