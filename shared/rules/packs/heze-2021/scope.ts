/**
 * 第二条: whose systems the 办法 governs. 政务部门 are 市级行政机关和事业单位 (the
 * article lists them), 不含市属高校、公立医院; a 国有企业 or another body is none
 * of them. An owner type not recorded leaves the project in scope.
 */
import type { ScopeExclusion } from '../../framework/pack';
import { art, ruleId } from './meta';

// 第二条 ……前款所称政务部门是指市级行政机关和事业单位，具体包括……以及市属事业单位和部门所属事业单位（不含市属高校、公立医院）。
export const universitiesAndHospitals: ScopeExclusion = {
  id: ruleId('art2-universities-and-hospitals'),
  title: '不含市属高校、公立医院',
  citation: art(2),
  quote: '不含市属高校、公立医院',
  appliesTo: { ownerTypes: ['municipalUniversity', 'publicHospital'] },
  message: '项目建设单位为市属高校或公立医院；依第二条，本办法所称政务部门“不含市属高校、公立医院”，本办法的检查不适用。',
  action: '请按高校、医院所属行业的项目管理规定办理；建设单位性质登记有误的，请更正。',
};

export const notGovernmentDepartment: ScopeExclusion = {
  id: ruleId('art2-not-government-department'),
  title: '政务部门是指市级行政机关和事业单位',
  citation: art(2),
  quote: '前款所称政务部门是指市级行政机关和事业单位',
  appliesTo: { ownerTypes: ['stateOwnedEnterprise', 'other'] },
  message: '项目建设单位不是行政机关或事业单位；依第二条，“前款所称政务部门是指市级行政机关和事业单位”，本办法的检查不适用。',
  action: '请按适用于该单位的项目管理规定办理；建设单位性质登记有误的，请更正。',
};

export const hezeScopeExclusions: readonly ScopeExclusion[] = [universitiesAndHospitals, notGovernmentDepartment];
