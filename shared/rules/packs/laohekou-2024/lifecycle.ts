/**
 * The lifecycle this 办法 describes, as transitions between the common stages.
 * Approval steps (approval-path.ts) and checklists (checklists.ts) due by the
 * target stage are added to every forward transition by the framework.
 *
 * The 办法 has no provision on shutting systems down, so no transition leads
 * to `shutDown`.
 */
import { stageGateRule } from '../../framework/common/stage-gate';
import type { Lifecycle, Requirement } from '../../framework/lifecycle';
import type { FactsView } from '../../framework/view';
import { initialAcceptanceBeforeTrial, trialRunCompleteOn, unmetConditions, underUnifiedAcceptance } from './acceptance';
import { isServicePurchase } from './approval-path';
import { hasPlanOrDesign, hasTechnicalDesign } from './design';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

const hasDecision = (outcome: 'rejected' | 'rectify') => (view: FactsView): boolean =>
  view.all('review').some((review) => review.outcome === outcome);

const hardwareAndSoftware = { flags: { advisoryService: false } } as const;

// 第十条 ……组织编写项目技术设计书(或建设方案),编制完成后报市城市运行管理中心开展技术评审
const technicalDesignReady: Requirement = {
  kind: 'condition',
  label: '已编制项目技术设计书（或建设方案）',
  citation: art(10),
  test: hasTechnicalDesign,
};

// 第二十三条 (一)(四)(七)
const conditionsMet = (view: FactsView): boolean => unmetConditions(view).length === 0;

export const laohekouLifecycle: Lifecycle = {
  transitions: [
    // 第六条 ……并以书面形式向市城市运行管理中心提出建设需求。
    {
      from: 'draft',
      to: 'declared',
      citation: art(6),
      quote: '并以书面形式向市城市运行管理中心提出建设需求',
      needs: [{ kind: 'event', event: 'declarationSubmitted', citation: art(6) }],
    },
    // 第七条 ……对部门申报的项目建设需求组织统一答辩、评估和论证,论证后确定是否实施。
    { from: 'declared', to: 'underReview', citation: art(7), quote: '组织统一答辩、评估和论证', needs: [] },
    { from: 'underReview', to: 'approved', citation: art(7), quote: '论证后确定是否实施', needs: [] },
    {
      from: 'underReview',
      to: 'rejected',
      citation: art(7),
      quote: '论证后确定是否实施',
      needs: [{ kind: 'condition', label: '论证或审查结论为“不予通过”', citation: art(7), test: hasDecision('rejected') }],
    },
    {
      from: 'underReview',
      to: 'declared',
      citation: art(7),
      quote: '论证后确定是否实施',
      needs: [{ kind: 'condition', label: '论证或审查结论为“补正后再审”', citation: art(7), test: hasDecision('rectify') }],
    },
    // A project not to be carried out may be prepared again as a new demand.
    { from: 'rejected', to: 'draft', citation: art(6), quote: '并以书面形式向市城市运行管理中心提出建设需求', needs: [] },
    // 第十条 已列入全市城乡建设项目计划的项目 / 第八条 直接编制实施方案或初步设计,并按有关要求提请市发展和改革部门审批
    {
      from: 'approved',
      to: 'planned',
      citation: art(10),
      quote: '已列入全市城乡建设项目计划的项目',
      needs: [
        { kind: 'event', event: 'includedInAnnualPlan', citation: art(10) },
        {
          kind: 'condition',
          label: '新增固定资产投资项目已编制实施方案或初步设计',
          citation: art(8),
          test: (view) => isServicePurchase(view) || hasPlanOrDesign(view),
        },
      ],
    },
    // 第八条 信息服务领域(无新增固定资产投资)的项目……出具审查意见后直接履行预算评审、政府采购和绩效评价手续。
    {
      from: 'approved',
      to: 'procurement',
      citation: art(8),
      quote: '直接履行预算评审、政府采购和绩效评价手续',
      needs: [
        { kind: 'condition', label: '属于信息服务领域（无新增固定资产投资）、采用购买服务方式的项目（其他项目须先列入全市城乡建设项目计划）', citation: art(8), test: isServicePurchase },
        technicalDesignReady,
      ],
    },
    // 第十二条 ……市直各部门将专家评审修改后的项目技术设计书(或建设方案)作为指导项目建设的核心技术依据。
    // 第十三条 ……严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度。
    {
      from: 'planned',
      to: 'procurement',
      citation: art(13),
      quote: '并严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度',
      needs: [technicalDesignReady],
    },
    // 第十三条 合同管理 / 第十八条 确定中标结果的5个工作日内……提交派驻项目监理单位的申请
    {
      from: 'procurement',
      to: 'construction',
      citation: art(13),
      quote: '并严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度',
      needs: [
        { kind: 'event', event: 'contractSigned', citation: art(13) },
        { kind: 'event', event: 'supervisionApplied', citation: art(18), appliesTo: hardwareAndSoftware },
      ],
    },
    // 第二十三条 (二)系统通过初验并经过不少于一个月的安全稳定试运行;
    {
      from: 'construction',
      to: 'trialRun',
      citation: art(23),
      quote: '系统通过初验并经过不少于一个月的安全稳定试运行',
      needs: [
        { kind: 'event', event: 'completed', citation: art(23) },
        { kind: 'condition', label: '系统已通过初验', citation: art(23), test: initialAcceptanceBeforeTrial, appliesTo: hardwareAndSoftware },
      ],
    },
    {
      from: 'trialRun',
      to: 'acceptance',
      citation: art(23),
      quote: '系统通过初验并经过不少于一个月的安全稳定试运行',
      needs: [
        { kind: 'event', event: 'trialRunStarted', citation: art(23) },
        {
          kind: 'condition',
          label: '试运行已满一个月',
          citation: art(23),
          test: (view, ctx) => {
            const complete = trialRunCompleteOn(view, ctx.params.number('trialRunMinimumMonths'));
            return complete !== null && ctx.asOf >= complete;
          },
        },
      ],
    },
    // 第二十一条 纳入统一验收的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务。
    // Advisory services are accepted without the unified trial-run route.
    {
      from: 'construction',
      to: 'acceptance',
      citation: art(21),
      quote: '不包括设计咨询、测评等服务',
      needs: [
        { kind: 'event', event: 'completed', citation: art(21) },
        { kind: 'condition', label: '属于设计咨询、测评等服务（不纳入统一验收；其他项目须经初验和试运行）', citation: art(21), test: (view) => !underUnifiedAcceptance(view) },
      ],
    },
    // 第二十一条 信息化项目的验收工作由市财政局、市城市运行管理中心统一组织。 / 第二十三条 (一)(四)(七)
    {
      from: 'acceptance',
      to: 'operation',
      citation: art(21),
      quote: '信息化项目的验收工作由市财政局、市城市运行管理中心统一组织',
      needs: [
        { kind: 'event', event: 'finalAcceptancePassed', citation: art(21) },
        { kind: 'condition', label: '第二十三条（一）（四）（七）所列验收条件均已满足', citation: art(23), test: conditionsMet, appliesTo: hardwareAndSoftware },
      ],
    },
  ],
};

// 第二十一条 信息化项目的验收工作由市财政局、市城市运行管理中心统一组织: acceptance without completion, operation without a passed acceptance.
export const unifiedAcceptanceGate = stageGateRule<LaohekouParameter>({
  id: ruleId('art21-unified-acceptance'),
  title: '统一组织验收',
  citation: art(21),
  quote: '信息化项目的验收工作由市财政局、市城市运行管理中心统一组织',
  lifecycle: laohekouLifecycle,
  action: '请登记建成日期和市财政局、市城市运行管理中心统一组织验收的结论；尚未验收的，应退回相应阶段。',
});

/** The articles this lifecycle enforces also report a finding when a project is past the gate without the event. */
export const stageGateRules = [unifiedAcceptanceGate];
