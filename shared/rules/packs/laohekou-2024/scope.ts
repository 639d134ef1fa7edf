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

// 第二条 本办法所称信息化和智慧城市项目是指……用于支持政务部门履行管理和服务职能的各类项目
// 第三条 ……市直各部门是信息化和智慧城市项目的建设单位和使用单位
// A 国有企业 or another body is no 政务部门; an owner type not recorded leaves the project in scope.
export const notGovernmentDepartment: ScopeExclusion = {
  id: ruleId('art2-not-government-department'),
  title: '用于支持政务部门履行职能的项目',
  citation: art(2),
  quote: '用于支持政务部门履行管理和服务职能的各类项目',
  appliesTo: { ownerTypes: ['stateOwnedEnterprise', 'other'] },
  message: '项目建设单位不是政务部门（行政机关或事业单位）；依第二条，本办法所称项目是“用于支持政务部门履行管理和服务职能的各类项目”，本办法的检查不适用。',
  action: '请按适用于该单位的项目管理规定办理；建设单位性质登记有误的，请更正。',
};
