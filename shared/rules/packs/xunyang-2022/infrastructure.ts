/**
 * 第十一条 to 第十三条: the district government cloud, no new server rooms, hosting of
 * existing rooms, and the district network instead of own or leased lines.
 * Classified networks follow other rules (第十一条 “涉密信息网络按照国家及省有关规定实施”;
 * classified projects are out of scope altogether, scope.ts).
 */
import type { Rule } from '../../framework/rule';
import { govCloudDeploymentRule } from '../../framework/common/cloud';
import { forbiddenRule } from '../../framework/common/forbidden';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

// 第十一条 新建业务应用系统必须部署在浔阳区政务云平台
export const newSystemOnGovCloud = govCloudDeploymentRule<XunyangParameter>({
  id: ruleId('art11-new-system-on-gov-cloud'),
  title: '新建业务应用系统部署在区政务云',
  citation: art(11),
  quote: '新建业务应用系统必须部署在浔阳区政务云平台',
  // 必须 blocks a system planned in its own room; an undecided deployment is still an open obligation.
  severity: 'blocking',
  undecidedSeverity: 'warning',
  applies: (view) => view.project.kind === 'new' && view.atOrAfter('approved'),
  message: (deployment) =>
    `新建业务应用系统的部署方式为“${deployment === 'ownRoom' ? '自建机房' : '尚未确定'}”；依第十一条，“新建业务应用系统必须部署在浔阳区政务云平台”。`,
  action: '请调整方案，部署在浔阳区政务云平台，并更新部署方式。',
});

// 第十一条 各部门不得再自行建立数据机房
export const noNewServerRoom = forbiddenRule<XunyangParameter>({
  id: ruleId('art11-no-new-server-room'),
  title: '不得再自行建立数据机房',
  citation: art(11),
  quote: '各部门不得再自行建立数据机房',
  when: (view) => view.compliance.infrastructure.newServerRoom,
  message: '项目拟自行建立数据机房；依第十一条，“各部门不得再自行建立数据机房”。',
  action: '请删除自建机房内容，改为部署在浔阳区政务云平台。',
});

// 第十一条 已建的业务应用系统要纳入云平台统一管理。……已建数据机房的服务器、存储，防火墙等设备实行集中托管，
// 由区信息办逐步向九江中部云基地浔阳政务云平台迁移。
export const existingSystemsHosted: Rule<XunyangParameter> = {
  id: ruleId('art11-existing-systems-hosted'),
  title: '已建系统纳入云平台统一管理、机房设备集中托管',
  citation: art(11),
  quote: '已建数据机房的服务器、存储，防火墙等设备实行集中托管',
  check(view, _ctx, report) {
    if (view.project.kind === 'new' || view.project.cloudDeployment !== 'ownRoom') return;
    report({
      severity: 'warning',
      message: '已建业务应用系统仍部署于自建机房；依第十一条，“已建的业务应用系统要纳入云平台统一管理”，“已建数据机房的服务器、存储，防火墙等设备实行集中托管”。',
      action: '请将机房设备交区信息办集中托管，配合向浔阳政务云平台迁移，并更新部署方式。',
    });
  },
};

// 第十二条 区、街道两级政务机关之间的项目一律依托“乡乡通”网络建设，不得自行开通（租用）线路组建部门网络。
export const noOwnNetworkLines = forbiddenRule<XunyangParameter>({
  id: ruleId('art12-no-own-network-lines'),
  title: '不得自行开通（租用）线路组建部门网络',
  citation: art(12),
  quote: '不得自行开通（租用）线路组建部门网络',
  when: (view) => view.compliance.network.ownLines,
  message: '项目拟自行开通（租用）线路组建部门网络；依第十二条，区、街道两级政务机关之间的项目“一律依托“乡乡通”网络建设，不得自行开通（租用）线路组建部门网络”。',
  action: '请改为依托“乡乡通”网络建设，删除自建（租用）线路内容。',
});

// 第十三条 区直部门之间的横向连接，应当依托浔阳区政务信息网开展信息化业务，不得另行租用光纤。
export const noLeasedFibre = forbiddenRule<XunyangParameter>({
  id: ruleId('art13-no-leased-fibre'),
  title: '部门间横向连接不得另行租用光纤',
  citation: art(13),
  quote: '应当依托浔阳区政务信息网开展信息化业务，不得另行租用光纤',
  when: (view) => view.compliance.network.leasedFibre,
  message: '项目拟为区直部门之间的横向连接另行租用光纤；依第十三条，“应当依托浔阳区政务信息网开展信息化业务，不得另行租用光纤”。',
  action: '请改为依托浔阳区政务信息网连接，删除租用光纤内容。',
});

export const infrastructureRules = [newSystemOnGovCloud, noNewServerRoom, existingSystemsHosted, noOwnNetworkLines, noLeasedFibre];
