import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { FIXED_ASSET_APPROVALS } from './fixtures';

const ASOF = '2025-06-03';

// 第八条 信息服务领域(无新增固定资产投资)的项目原则上采用购买服务(软件服务、网络服务、计算服务等)的方式进行投资
const article8Quote = '信息服务领域(无新增固定资产投资)的项目原则上采用购买服务(软件服务、网络服务、计算服务等)的方式进行投资';
describeRule('laohekou-2024/art8-service-purchase-in-principle', 8, article8Quote, {
  holds: [
    { name: '无新增固定资产投资的项目采用购买服务', facts: facts({ project: { projectClass: 'service' }, attributes: { noNewFixedAssets: true } }), asOf: ASOF },
    { name: '新增固定资产投资的项目按投资建设办理', facts: facts(), asOf: ASOF },
  ],
  fires: [
    { name: '无新增固定资产投资却登记为政府投资建设类', facts: facts({ attributes: { noNewFixedAssets: true } }), asOf: ASOF, severity: 'warning', says: '原则上采用购买服务' },
  ],
});

// 第八条 新增固定资产投资的信息化项目,……直接编制实施方案或初步设计,并按有关要求提请市发展和改革部门审批
describeRule('laohekou-2024/art8-plan-or-preliminary-design', 8, '直接编制实施方案或初步设计', {
  holds: [
    { name: '列入计划时已有实施方案', facts: facts({ project: { stage: 'planned' }, materials: ['implementationPlan'] }), asOf: ASOF },
    { name: '列入计划时已有初步设计', facts: facts({ project: { stage: 'planned' }, materials: ['preliminaryDesign'] }), asOf: ASOF },
    { name: '购买服务项目不履行固定资产投资审批程序', facts: facts({ project: { stage: 'planned', projectClass: 'service' } }), asOf: ASOF },
    { name: '论证通过、尚未列入计划', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF },
  ],
  fires: [{ name: '新增固定资产投资项目列入计划时既无实施方案也无初步设计', facts: facts({ project: { stage: 'planned' } }), asOf: ASOF, severity: 'warning' }],
});

// 第十条 ……组织编写项目技术设计书(或建设方案),编制完成后报市城市运行管理中心开展技术评审,推动项目实施。
describeRule('laohekou-2024/art10-technical-design', 10, '组织编写项目技术设计书(或建设方案),编制完成后报市城市运行管理中心开展技术评审', {
  holds: [
    { name: '采购时已有技术设计书', facts: facts({ project: { stage: 'procurement' }, materials: ['technicalDesign'] }), asOf: ASOF },
    { name: '“(或建设方案)”：以建设方案代替', facts: facts({ project: { stage: 'procurement' }, materials: ['implementationPlan'] }), asOf: ASOF },
    { name: '列入计划、尚未报技术评审', facts: facts({ project: { stage: 'planned' } }), asOf: ASOF },
  ],
  fires: [
    { name: '进入采购仍无技术设计书', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF, severity: 'warning', says: '招标采购' },
    {
      name: '已登记技术评审，却无技术设计书',
      facts: facts({ project: { stage: 'planned' }, events: [review('technical', '2024-06-03')] }),
      asOf: ASOF,
      severity: 'warning',
      says: '技术评审（2024-06-03）',
    },
  ],
});

// 第十二条 市城市运行管理中心在完成技术评审后,将专家技术评审意见、修改完善后的项目技术设计书(或建设方案)等报送至市财政局开展投资预算评审。
describeRule('laohekou-2024/art12-budget-after-technical-review', 12, '市城市运行管理中心在完成技术评审后', {
  holds: [
    { name: '技术评审在先、预算评审在后', facts: facts({ project: { stage: 'procurement' }, events: FIXED_ASSET_APPROVALS }), asOf: ASOF },
    { name: '同一天完成技术评审和预算评审', facts: facts({ events: [review('technical', '2024-07-01'), review('finance', '2024-07-01')] }), asOf: ASOF },
    { name: '尚未预算评审', facts: facts({ events: [review('technical', '2024-07-01')] }), asOf: ASOF },
  ],
  fires: [
    {
      name: '预算评审早于技术评审一天',
      facts: facts({ events: [review('finance', '2024-06-30'), review('technical', '2024-07-01')] }),
      asOf: ASOF,
      severity: 'warning',
      says: '在完成技术评审后',
    },
    { name: '没有技术评审就预算评审', facts: facts({ events: [review('finance', '2024-06-30')] }), asOf: ASOF, severity: 'warning' },
    {
      name: '技术评审未通过',
      facts: facts({ events: [review('technical', '2024-06-01', 'rectify'), review('finance', '2024-06-30')] }),
      asOf: ASOF,
      severity: 'warning',
    },
  ],
});
