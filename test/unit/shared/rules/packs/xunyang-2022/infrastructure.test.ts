import type { Project } from '../../../../../../shared/domain/project';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const at = (project: Partial<Project>, compliance: ProjectFactsInput['compliance'] = {}) => facts({ project, compliance });

// 第十一条 新建业务应用系统必须部署在浔阳区政务云平台
describeRule('xunyang-2022/art11-new-system-on-gov-cloud', 11, '新建业务应用系统必须部署在浔阳区政务云平台', {
  holds: [
    { name: '新建系统部署于政务云', facts: at({ stage: 'construction', kind: 'new', cloudDeployment: 'govCloud' }), asOf: ASOF },
    { name: '审查中尚未确定部署方式', facts: at({ stage: 'underReview', kind: 'new', cloudDeployment: 'undecided' }), asOf: ASOF },
    { name: '改造升级的已建系统（由托管规则处理）', facts: at({ stage: 'construction', kind: 'upgrade', cloudDeployment: 'ownRoom' }), asOf: ASOF },
  ],
  fires: [
    // “必须” blocks; a deployment not yet decided is still an open obligation (warning).
    { name: '新建系统部署于自建机房（“必须”：阻断）', facts: at({ stage: 'construction', kind: 'new', cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'blocking', says: '自建机房' },
    { name: '已批复的新建系统部署方式未定', facts: at({ stage: 'approved', kind: 'new', cloudDeployment: 'undecided' }), asOf: ASOF, severity: 'warning', says: '尚未确定' },
  ],
});

// 第十一条 各部门不得再自行建立数据机房
describeRule('xunyang-2022/art11-no-new-server-room', 11, '各部门不得再自行建立数据机房', {
  holds: [{ name: '不建机房', facts: at({ stage: 'approved' }), asOf: ASOF }],
  fires: [{ name: '拟自行建立数据机房', facts: at({ stage: 'underReview' }, { infrastructure: { newServerRoom: true } }), asOf: ASOF, severity: 'blocking' }],
});

// 第十一条 已建的业务应用系统要纳入云平台统一管理。……已建数据机房的服务器、存储，防火墙等设备实行集中托管
describeRule('xunyang-2022/art11-existing-systems-hosted', 11, '已建数据机房的服务器、存储，防火墙等设备实行集中托管', {
  holds: [
    { name: '已建系统已纳入政务云', facts: at({ stage: 'operation', kind: 'om', cloudDeployment: 'govCloud' }), asOf: ASOF },
    { name: '新建系统（由新建规则处理）', facts: at({ stage: 'operation', kind: 'new', cloudDeployment: 'ownRoom' }), asOf: ASOF },
  ],
  fires: [{ name: '已建系统仍在自建机房', facts: at({ stage: 'operation', kind: 'expansion', cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'warning' }],
});

// 第十二条 区、街道两级政务机关之间的项目一律依托“乡乡通”网络建设，不得自行开通（租用）线路组建部门网络。
describeRule('xunyang-2022/art12-no-own-network-lines', 12, '不得自行开通（租用）线路组建部门网络', {
  holds: [{ name: '依托“乡乡通”网络', facts: at({ stage: 'construction' }), asOf: ASOF }],
  fires: [{ name: '自行租用线路组建部门网络', facts: at({ stage: 'construction' }, { network: { ownLines: true } }), asOf: ASOF, severity: 'blocking' }],
});

// 第十三条 区直部门之间的横向连接，应当依托浔阳区政务信息网开展信息化业务，不得另行租用光纤。
describeRule('xunyang-2022/art13-no-leased-fibre', 13, '应当依托浔阳区政务信息网开展信息化业务，不得另行租用光纤', {
  holds: [{ name: '依托区政务信息网', facts: at({ stage: 'construction' }, { network: { ownLines: true } }), asOf: ASOF }],
  fires: [{ name: '另行租用光纤', facts: at({ stage: 'construction' }, { network: { leasedFibre: true } }), asOf: ASOF, severity: 'blocking' }],
});
