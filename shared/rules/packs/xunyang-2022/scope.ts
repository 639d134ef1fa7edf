import type { ScopeExclusion } from '../../framework/pack';
import { art, ruleId } from './meta';

// 第三条 涉及国家秘密的项目管理，应遵从有关保密规定。
export const classifiedProjects: ScopeExclusion = {
  id: ruleId('art3-classified-projects'),
  title: '涉密项目遵从有关保密规定',
  citation: art(3),
  quote: '涉及国家秘密的项目管理，应遵从有关保密规定',
  appliesTo: { flags: { classified: true } },
  message: '项目涉及国家秘密；依第三条，“涉及国家秘密的项目管理，应遵从有关保密规定”，本办法的检查不适用。',
  action: '请按保密有关规定办理。',
};
