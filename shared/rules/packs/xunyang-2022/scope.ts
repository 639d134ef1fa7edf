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

// 第三条 本办法适用于全区所有行政事业单位、国有企业的信息化项目。
export const otherOwners: ScopeExclusion = {
  id: ruleId('art3-other-owners'),
  title: '行政事业单位、国有企业的信息化项目',
  citation: art(3),
  quote: '本办法适用于全区所有行政事业单位、国有企业的信息化项目',
  appliesTo: { ownerTypes: ['other'] },
  message: '项目建设单位既不是行政事业单位，也不是国有企业；依第三条，“本办法适用于全区所有行政事业单位、国有企业的信息化项目”，本办法的检查不适用。',
  action: '请按适用于该单位的项目管理规定办理；建设单位性质登记有误的，请更正。',
};

// 第二条 本办法所称政务信息化建设项目，指全部或部分使用财政性资金投资……的项目。
// 上级资金、本级财政资金 are 财政性资金; 单位自筹 of a 行政事业单位 mostly is too, so only a
// project funded wholly by 社会资本 and 其他 is shown to be outside.
export const noFiscalFunds: ScopeExclusion = {
  id: ruleId('art2-no-fiscal-funds'),
  title: '全部或部分使用财政性资金投资',
  citation: art(2),
  quote: '指全部或部分使用财政性资金投资',
  appliesTo: { noFundsFrom: ['superior', 'localFiscal', 'selfRaised'] },
  message: '项目资金全部来自社会资本或其他来源，未使用财政性资金；依第二条，本办法所称政务信息化建设项目“指全部或部分使用财政性资金投资”的项目，本办法的检查不适用。',
  action: '请核对资金来源；确使用财政性资金的，请更正资金来源后重新检查。',
};
