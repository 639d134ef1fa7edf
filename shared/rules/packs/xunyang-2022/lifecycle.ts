/**
 * The lifecycle this 办法 describes, on the common stages. Approval steps and
 * checklists due by the target stage are added to every forward transition by
 * the framework. The 办法 has no shutdown procedure: `shutDown` needs nothing.
 */
import { stageGateRule } from '../../framework/common/stage-gate';
import type { Lifecycle, Requirement } from '../../framework/lifecycle';
import type { FactsView } from '../../framework/view';
import { preliminaryPassedBy } from './acceptance';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

const hasDecision = (outcome: 'rejected' | 'rectify') => (view: FactsView): boolean =>
  view.all('review').some((review) => review.outcome === outcome);

// 第九条 如有个别特殊或紧急项目，……区信息办组织相关单位评审并报区政府批准。
const unplanned: Requirement = {
  kind: 'condition',
  label: '属个别特殊或紧急的计划外项目（其他项目须先纳入年度计划）',
  citation: art(9),
  test: (view) => view.attributes.temporary,
};

export const xunyangLifecycle: Lifecycle = {
  transitions: [
    // 第七条 项目建设使用单位于每年9月底前须提交下一个年度项目申报表和项目建议书
    {
      from: 'draft',
      to: 'declared',
      citation: art(7),
      quote: '于每年9月底前须提交下一个年度项目申报表和项目建议书',
      needs: [{ kind: 'event', event: 'declarationSubmitted', citation: art(7) }],
    },
    // 第八条 组织相关部门对信息化项目计划书（草案）进行初审，符合条件的，完成立项
    { from: 'declared', to: 'underReview', citation: art(8), quote: '组织相关部门对信息化项目计划书（草案）进行初审', needs: [] },
    { from: 'underReview', to: 'approved', citation: art(8), quote: '符合条件的，完成立项', needs: [] },
    {
      from: 'underReview',
      to: 'rejected',
      citation: art(8),
      quote: '组织相关部门对信息化项目计划书（草案）进行初审',
      needs: [{ kind: 'condition', label: '审查结论为“不予通过”', citation: art(8), test: hasDecision('rejected') }],
    },
    {
      from: 'underReview',
      to: 'declared',
      citation: art(8),
      quote: '组织相关部门对信息化项目计划书（草案）进行初审',
      needs: [{ kind: 'condition', label: '审查结论为“补正后再审”', citation: art(8), test: hasDecision('rectify') }],
    },
    { from: 'rejected', to: 'draft', citation: art(7), quote: '于每年9月底前须提交下一个年度项目申报表和项目建议书', needs: [] },
    // 第八条 打包纳入“年度区本级政府投资项目计划（草案）”，报区政府批准
    {
      from: 'approved',
      to: 'planned',
      citation: art(8),
      quote: '打包纳入“年度区本级政府投资项目计划（草案）”，报区政府批准',
      needs: [{ kind: 'event', event: 'includedInAnnualPlan', citation: art(8) }],
    },
    { from: 'approved', to: 'procurement', citation: art(9), quote: '如有个别特殊或紧急项目', needs: [unplanned] },
    // 第十条 ……并严格执行招标投标、政府采购、工程监理、合同管理等制度
    { from: 'planned', to: 'procurement', citation: art(10), quote: '严格执行招标投标、政府采购、工程监理、合同管理等制度', needs: [] },
    {
      from: 'procurement',
      to: 'construction',
      citation: art(10),
      quote: '严格执行招标投标、政府采购、工程监理、合同管理等制度',
      needs: [{ kind: 'event', event: 'contractSigned', citation: art(10) }],
    },
    // 第十九条 项目竣工后，经系统测试和试运行，由建设单位进行初步验收。
    {
      from: 'construction',
      to: 'trialRun',
      citation: art(19),
      quote: '项目竣工后，经系统测试和试运行',
      needs: [{ kind: 'event', event: 'completed', citation: art(19) }],
    },
    {
      from: 'trialRun',
      to: 'acceptance',
      citation: art(19),
      quote: '经系统测试和试运行，由建设单位进行初步验收',
      needs: [{ kind: 'event', event: 'trialRunStarted', citation: art(19) }],
    },
    // 第二十条 由区信息办组织区财政局、区发改委、区审计局、区数字经济发展中心进行验收。
    {
      from: 'acceptance',
      to: 'operation',
      citation: art(20),
      quote: '由区信息办组织区财政局、区发改委、区审计局、区数字经济发展中心进行验收',
      needs: [
        { kind: 'condition', label: '初步验收已通过', citation: art(19), test: (view) => preliminaryPassedBy(view, view.asOf) },
        { kind: 'event', event: 'finalAcceptancePassed', citation: art(20) },
      ],
    },
    // 第十条 项目建设单位应当确定项目责任人，……加强对项目全过程的统筹协调: the 办法 has no shutdown
    // procedure, so ending operation is the unit's own decision and needs nothing here.
    { from: 'operation', to: 'shutDown', citation: art(10), quote: '加强对项目全过程的统筹协调', needs: [] },
  ],
};

// 第十条 ……严格执行招标投标、政府采购、工程监理、合同管理等制度: construction or beyond without a signed contract.
export const contractManagementGate = stageGateRule<XunyangParameter>({
  id: ruleId('art10-contract-management'),
  title: '合同管理制度：签订合同后实施',
  citation: art(10),
  quote: '严格执行招标投标、政府采购、工程监理、合同管理等制度',
  lifecycle: xunyangLifecycle,
  action: '请登记合同签订日期并上传合同；尚未签订的，应先签订合同再进入建设实施。',
});

/** The articles this lifecycle enforces also report a finding when a project is past the gate without the event. */
export const stageGateRules = [contractManagementGate];
