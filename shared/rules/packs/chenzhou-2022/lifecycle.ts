/**
 * The lifecycle this 办法 describes, on the common stages. Its order differs from
 * the stage names: 领导小组 审定 the year's projects (`approved`), 市人民政府 approves
 * the annual plan (`planned`), and only then does 第八条 require 立项、技术初审、
 * 财政投资评审, all before 招标采购. Approval steps and checklists due by the target
 * stage are added to every forward transition by the framework. The 办法 has no trial
 * run and no shutdown procedure: no transition enters `trialRun`, and `shutDown` needs nothing.
 */
import { stageGateRule } from '../../framework/common/stage-gate';
import type { Lifecycle, Requirement } from '../../framework/lifecycle';
import type { RuleContext } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { preliminaryPassedBy } from './acceptance';
import { investmentTier } from './approval-path';
import { agreedCaseByCase } from './declaration';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';
import { missingReviewMaterials } from './review';
import { notSharing } from './sharing';

type Ctx = RuleContext<ChenzhouParameter>;

const hasDecision = (outcome: 'rejected' | 'rectify') => (view: FactsView): boolean =>
  view.all('review').some((review) => review.outcome === outcome);

// 第六条 未申报的信息化项目，原则上不予审批，特殊情况需报领导小组“一事一议”。
const declaredOrCaseByCase: Requirement = {
  kind: 'condition',
  label: '已向领导小组办公室申报，或特殊情况经领导小组“一事一议”同意',
  citation: art(6),
  test: (view) => view.first('declarationSubmitted') !== undefined || agreedCaseByCase(view),
};

// 第九条 项目建设单位应提供符合要求的项目资料
const reviewMaterials: Requirement = {
  kind: 'condition',
  label: '已提供第八条评审所需的项目资料（建设方案、投资预算；需立项的另附可行性研究报告）',
  citation: art(9),
  test: (view, ctx) => missingReviewMaterials(view, ctx as Ctx).length === 0,
};

// 第八条 总投资未达到政府采购限额标准的，由项目建设单位自行组织实施
const selfImplemented: Requirement = {
  kind: 'condition',
  label: '总投资未达到政府采购限额标准（由项目建设单位自行组织实施）',
  citation: art(8),
  test: (view, ctx) => investmentTier(view, ctx as Ctx) === 'selfImplemented',
};

export const chenzhouLifecycle: Lifecycle = {
  transitions: [
    // 第六条 原则上每年度末向领导小组办公室申报下一年度信息化项目
    {
      from: 'draft',
      to: 'declared',
      citation: art(6),
      quote: '原则上每年度末向领导小组办公室申报下一年度信息化项目',
      needs: [{ kind: 'event', event: 'declarationSubmitted', citation: art(6) }],
    },
    // 第七条 领导小组办公室组织项目规划组、技术支持组、资金统筹组研究明确下一年度信息化项目建设的重点领域、重大项目及投资规模；
    // 领导小组审定形成年度项目计划后报市人民政府批准。
    { from: 'declared', to: 'underReview', citation: art(7), quote: '研究明确下一年度信息化项目建设的重点领域、重大项目及投资规模', needs: [] },
    { from: 'underReview', to: 'approved', citation: art(7), quote: '领导小组审定形成年度项目计划', needs: [declaredOrCaseByCase] },
    {
      from: 'underReview',
      to: 'rejected',
      citation: art(7),
      quote: '领导小组审定形成年度项目计划',
      needs: [{ kind: 'condition', label: '审查结论为“不予通过”', citation: art(7), test: hasDecision('rejected') }],
    },
    {
      from: 'underReview',
      to: 'declared',
      citation: art(7),
      quote: '研究明确下一年度信息化项目建设的重点领域、重大项目及投资规模',
      needs: [{ kind: 'condition', label: '审查结论为“补正后再审”', citation: art(7), test: hasDecision('rectify') }],
    },
    { from: 'rejected', to: 'draft', citation: art(6), quote: '原则上每年度末向领导小组办公室申报下一年度信息化项目', needs: [] },
    {
      from: 'approved',
      to: 'planned',
      citation: art(7),
      quote: '领导小组审定形成年度项目计划后报市人民政府批准',
      needs: [{ kind: 'event', event: 'includedInAnnualPlan', citation: art(7) }],
    },
    // 第八条 纳入年度计划的信息化项目……需进行立项、技术初审、财政投资评审等工作 (a review may refuse it)
    {
      from: 'planned',
      to: 'rejected',
      citation: art(8),
      quote: '需进行立项、技术初审、财政投资评审等工作',
      needs: [{ kind: 'condition', label: '审查结论为“不予通过”', citation: art(8), test: hasDecision('rejected') }],
    },
    { from: 'planned', to: 'procurement', citation: art(8), quote: '纳入年度计划的信息化项目', needs: [reviewMaterials] },
    { from: 'planned', to: 'construction', citation: art(8), quote: '由项目建设单位自行组织实施', needs: [selfImplemented] },
    // 第十一条 项目建设单位应建立健全项目管理制度，包括但不限于招标投标、政府采购、工程监理、合同管理等制度
    {
      from: 'procurement',
      to: 'construction',
      citation: art(11),
      quote: '招标投标、政府采购、工程监理、合同管理等制度',
      needs: [{ kind: 'event', event: 'contractSigned', citation: art(11) }],
    },
    // 第十六条 项目验收包括初步验收和竣工验收两个阶段
    {
      from: 'construction',
      to: 'acceptance',
      citation: art(16),
      quote: '项目验收包括初步验收和竣工验收两个阶段',
      needs: [{ kind: 'event', event: 'completed', citation: art(16) }],
    },
    // 第十六条 ……同意项目竣工验收申请后，项目建设单位自行组织各领域专家对项目进行验收。第十二条 ……不予验收
    {
      from: 'acceptance',
      to: 'operation',
      citation: art(16),
      quote: '同意项目竣工验收申请后，项目建设单位自行组织各领域专家对项目进行验收',
      needs: [
        { kind: 'condition', label: '初步验收已通过', citation: art(16), test: (view) => preliminaryPassedBy(view, view.asOf) },
        { kind: 'review', review: 'acceptanceApplication', citation: art(16) },
        { kind: 'event', event: 'finalAcceptancePassed', citation: art(16) },
        { kind: 'condition', label: '已按要求共享数据资源（未共享的不予验收）', citation: art(12), test: (view) => !notSharing(view) },
      ],
    },
    // 第三条 项目建设单位负责……组织项目的设计、建设、验收和运行维护: the 办法 has no shutdown procedure,
    // so ending operation is the unit's own decision and needs nothing here.
    { from: 'operation', to: 'shutDown', citation: art(3), quote: '组织项目的设计、建设、验收和运行维护', needs: [] },
  ],
};

// 第七条 领导小组审定形成年度项目计划后报市人民政府批准: a project in the plan or beyond without the plan on record.
export const annualPlanGate = stageGateRule<ChenzhouParameter>({
  id: ruleId('art7-annual-plan'),
  title: '列入年度项目计划',
  citation: art(7),
  quote: '领导小组审定形成年度项目计划后报市人民政府批准',
  lifecycle: chenzhouLifecycle,
  action: '请登记项目列入年度项目计划（经市人民政府批准）的日期和文号；未列入的，应退回“已批复”阶段。',
});

// 第十一条 ……包括但不限于招标投标、政府采购、工程监理、合同管理等制度: construction or beyond without a signed contract.
export const contractManagementGate = stageGateRule<ChenzhouParameter>({
  id: ruleId('art11-contract-management'),
  title: '合同管理制度：签订合同后实施',
  citation: art(11),
  quote: '招标投标、政府采购、工程监理、合同管理等制度',
  lifecycle: chenzhouLifecycle,
  action: '请登记合同签订日期并上传合同；尚未签订的，应先签订合同再进入建设实施。',
});

/** The articles this lifecycle enforces also report a finding when a project is past the gate without the event. */
export const stageGateRules = [annualPlanGate, contractManagementGate];
