/**
 * The documents and the order of the reviews (第八条、第十条、第十二条): either of
 * two documents may serve (实施方案或初步设计; 技术设计书(或建设方案)), so these are
 * rules and transition conditions rather than checklist items.
 */
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { isServicePurchase } from './approval-path';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

// 第八条 信息服务领域(无新增固定资产投资)的项目原则上采用购买服务(软件服务、网络服务、计算服务等)的方式进行投资
export const servicePurchaseInPrinciple: Rule<LaohekouParameter> = {
  id: ruleId('art8-service-purchase-in-principle'),
  title: '信息服务领域原则上采用购买服务',
  citation: art(8),
  quote: '信息服务领域(无新增固定资产投资)的项目原则上采用购买服务(软件服务、网络服务、计算服务等)的方式进行投资',
  check(view, _ctx, report) {
    if (view.project.projectClass !== 'investment' || !view.attributes.noNewFixedAssets) return;
    report({
      severity: 'warning',
      message:
        '项目登记为政府投资建设类，但无新增固定资产投资；依第八条，“信息服务领域(无新增固定资产投资)的项目原则上采用购买服务(软件服务、网络服务、计算服务等)的方式进行投资”，不履行固定资产投资审批程序。',
      action: '请改按政府购买服务方式办理，并将项目类别更正为“政府购买服务类”；确需投资建设的，请在项目备注中记录理由。',
    });
  },
};

/** 第八条 实施方案或初步设计: either document. */
export function hasPlanOrDesign(view: FactsView): boolean {
  return view.has('implementationPlan') || view.has('preliminaryDesign');
}

// 第八条 新增固定资产投资的信息化项目,……可按照简易程序,自行或依法采购工程咨询机构直接编制实施方案或初步设计,
// 并按有关要求提请市发展和改革部门审批
export const planOrPreliminaryDesign: Rule<LaohekouParameter> = {
  id: ruleId('art8-plan-or-preliminary-design'),
  title: '新增固定资产投资项目的实施方案或初步设计',
  citation: art(8),
  quote: '直接编制实施方案或初步设计',
  check(view, _ctx, report) {
    if (isServicePurchase(view) || !view.atOrAfter('planned') || hasPlanOrDesign(view)) return;
    report({
      severity: 'warning',
      message: '新增固定资产投资的项目已列入计划，尚无实施方案或初步设计；依第八条，应“直接编制实施方案或初步设计,并按有关要求提请市发展和改革部门审批”。',
      action: '请上传经市发展和改革局审批的实施方案或初步设计。',
    });
  },
};

/** 第十条 技术设计书(或建设方案): either document. */
export function hasTechnicalDesign(view: FactsView): boolean {
  return view.has('technicalDesign') || view.has('implementationPlan');
}

/**
 * 第十条's own scope, “已列入全市城乡建设项目计划的项目”: recorded as included in the
 * plan, or (the plan event not recorded) a project with new fixed assets past
 * `planned`, which the lifecycle lets in only from the plan. Information
 * services (第八条) go to procurement without the plan and are outside it.
 */
export function inCityConstructionPlan(view: FactsView): boolean {
  return view.first('includedInAnnualPlan') !== undefined || (!isServicePurchase(view) && view.atOrAfter('planned'));
}

/** The earliest date of the technical design (either document); null: 日期不详; undefined: none. */
function technicalDesignDate(view: FactsView): string | null | undefined {
  const design = view.materialDate('technicalDesign');
  const plan = view.materialDate('implementationPlan');
  if (design === undefined) return plan;
  if (plan === undefined) return design;
  if (design === null) return plan;
  if (plan === null) return design;
  return design < plan ? design : plan;
}

// 第十条 已列入全市城乡建设项目计划的项目,相关部门要根据建设需求,按照《老河口市信息化项目<技术设计书>编制指南》(见附件1)
// 组织编写项目技术设计书(或建设方案),编制完成后报市城市运行管理中心开展技术评审,推动项目实施。
// “编制完成后报……技术评审”: a design dated after the review's day was not what the review saw
// (same day: in time, framework/checkpoint.ts).
export const technicalDesign: Rule<LaohekouParameter> = {
  id: ruleId('art10-technical-design'),
  title: '技术设计书（或建设方案）',
  citation: art(10),
  quote: '组织编写项目技术设计书(或建设方案),编制完成后报市城市运行管理中心开展技术评审',
  check(view, _ctx, report) {
    if (!inCityConstructionPlan(view)) return;
    const reviewed = view.review('technical');
    const designed = technicalDesignDate(view);
    if (designed !== undefined) {
      const firstReview = view.all('review').find((r) => r.review === 'technical');
      if (firstReview && designed !== null && designed > firstReview.date) {
        report({
          severity: 'warning',
          message: `技术设计书（或建设方案）日期为 ${designed}，晚于市城市运行管理中心的技术评审（${firstReview.date}）；依第十条，技术设计书“编制完成后报市城市运行管理中心开展技术评审”。`,
          action: '请核对技术设计书的日期；评审所依据的版本不同的，请将修改后的版本报市城市运行管理中心重新评审。',
        });
      }
      return;
    }
    if (!reviewed && !view.atOrAfter('procurement')) return;
    report({
      severity: 'warning',
      message: reviewed
        ? `已登记市城市运行管理中心的技术评审（${reviewed.date}），但尚无项目技术设计书（或建设方案）；依第十条，技术设计书“编制完成后报市城市运行管理中心开展技术评审”。`
        : '项目已列入全市城乡建设项目计划并进入招标采购及以后阶段，尚无项目技术设计书（或建设方案）；依第十条，应按《老河口市信息化项目<技术设计书>编制指南》组织编写并报技术评审。',
      action: '请按编制指南编写技术设计书（或建设方案），上传经专家评审修改完善后的版本。',
    });
  },
};

// 第十二条 市城市运行管理中心在完成技术评审后,……报送至市财政局开展投资预算评审。
export const budgetAfterTechnicalReview: Rule<LaohekouParameter> = {
  id: ruleId('art12-budget-after-technical-review'),
  title: '技术评审在先、预算评审在后',
  citation: art(12),
  quote: '市城市运行管理中心在完成技术评审后',
  check(view, _ctx, report) {
    const budget = view.all('review').find((r) => r.review === 'finance' && r.outcome === 'approved');
    if (!budget) return;
    const technical = view.all('review').some((r) => r.review === 'technical' && r.outcome === 'approved' && r.date <= budget.date);
    if (technical) return;
    report({
      severity: 'warning',
      message: `市财政局投资预算评审于 ${budget.date} 通过，但此前尚无市城市运行管理中心技术评审（审查意见）通过的记录；依第十二条，应“在完成技术评审后”报送市财政局开展投资预算评审。`,
      action: '请登记技术评审的日期和结论；如确未经技术评审，请补办技术评审并按评审意见重新报送预算评审。',
    });
  },
};

export const designRules = [servicePurchaseInPrinciple, planOrPreliminaryDesign, technicalDesign, budgetAfterTechnicalReview];
