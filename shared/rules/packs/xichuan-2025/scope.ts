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

// 第二条 本办法所称政务信息化项目是指县级党委人大、政府、政协、法检等行政机关法律法规授权具有管理公共事务职能的事业单位使用或部分使用政府资金投资建设……的信息化项目。
// A 国有企业 or another body is neither; an owner type not recorded leaves the project in scope.
export const notPublicBody: ScopeExclusion = {
  id: ruleId('art2-not-public-body'),
  title: '行政机关和授权事业单位的项目',
  citation: art(2),
  quote: '行政机关法律法规授权具有管理公共事务职能的事业单位',
  appliesTo: { ownerTypes: ['stateOwnedEnterprise', 'other'] },
  message: '项目建设单位不是行政机关或事业单位；依第二条，本办法所称政务信息化项目是县级“行政机关法律法规授权具有管理公共事务职能的事业单位”的项目，本办法的检查不适用。',
  action: '请按适用于该单位的项目管理规定办理；建设单位性质登记有误的，请更正。',
};
