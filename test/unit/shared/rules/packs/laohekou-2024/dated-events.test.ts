/**
 * Issue 12: laohekou judged by dated events (第六条、第七条、第十条、第二十三条), scope (第二条),
 * supervision only where 第十七条 exempts, every payment (第二十四条) and the acceptance record (第二十二条).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { laohekou2024 } from '../../../../../../shared/rules/packs/laohekou-2024';
import { describeBeforeX } from '../../support/before-x';
import { testOptions } from '../../support/calendar';
import { facts, on, review } from '../../support/facts';
import { describeRule, findingsOf } from '../../support/rule-cases';

const ASOF = '2025-06-03';

// 第六条 ……并以书面形式向市城市运行管理中心提出建设需求 — with the demand.
describeBeforeX('laohekou-2024/art6-written-demand', '书面建设需求随申报', {
  step: '2024-09-02',
  build: (day) => facts({ events: [on('declarationSubmitted', '2024-09-02')], materials: [{ code: 'declarationForm', date: day }] }),
  asOf: ASOF, severity: 'warning',
});
// 第七条 论证审查是否明确……推广应用方案和运行维护方案 — the plans are there at the 论证.
describeBeforeX('laohekou-2024/art7-promotion-and-om-plans', '推广应用和运维方案在论证时', {
  step: '2024-10-08',
  build: (day) => facts({ events: [review('preAssessment', '2024-10-08')], materials: [{ code: 'promotionPlan', date: '2024-10-01' }, { code: 'omPlan', date: day }] }),
  asOf: ASOF, severity: 'warning',
});
// 第七条 ……论证后确定是否实施 — the technical review (and 发改 approval) come after the 论证.
describeBeforeX('laohekou-2024/art7-unified-argument', '论证在技术评审之前', {
  step: '2024-11-04',
  build: (day) => facts({ events: [review('preAssessment', day), review('technical', '2024-11-04')] }),
  asOf: ASOF, severity: 'blocking', says: '应在先',
});
// 第十条 ……组织编写项目技术设计书(或建设方案),编制完成后报市城市运行管理中心开展技术评审
describeBeforeX('laohekou-2024/art10-technical-design', '技术设计书在技术评审之前编制完成', {
  step: '2024-11-04',
  build: (day) => facts({ events: [{ kind: 'includedInAnnualPlan', year: 2025, date: '2024-10-15' }, review('technical', '2024-11-04')], materials: [{ code: 'technicalDesign', date: day }] }),
  asOf: ASOF, severity: 'warning', says: '晚于市城市运行管理中心的技术评审',
});
// 第二十三条 (五) 项目使用单位出具了满足使用需求的用户报告 — at the acceptance.
describeBeforeX('laohekou-2024/art23-user-report', '用户报告在验收时具备', {
  step: '2025-03-03',
  build: (day) => facts({ events: [on('finalAcceptanceApplied', '2025-03-03')], materials: [{ code: 'userReport', date: day }] }),
  asOf: ASOF, severity: 'warning',
});

describe('laohekou 第十条 applies only within its scope: “已列入全市城乡建设项目计划的项目”', () => {
  const noDesign = (spec: Parameters<typeof facts>[0]) => findingsOf('laohekou-2024/art10-technical-design', { name: '', facts: facts(spec), asOf: ASOF });
  it('a service purchase (第八条) goes to procurement without the plan: no finding', () => {
    expect(noDesign({ project: { stage: 'procurement', projectClass: 'service' } })).toEqual([]);
  });
  it('a project recorded in the plan and reviewed without a design: a finding', () => {
    expect(noDesign({ events: [{ kind: 'includedInAnnualPlan', year: 2025, date: '2024-10-15' }, review('technical', '2024-11-04')], project: { projectClass: 'service' } })).toHaveLength(1);
  });
});

describe('laohekou 第十七条 exempts only 设计咨询、测评等服务 from 统一监理', () => {
  const ids = (attributes: NonNullable<Parameters<typeof facts>[0]>['attributes'], projectClass: 'investment' | 'service') =>
    checkProject(laohekou2024, facts({ project: { stage: 'construction', projectClass }, attributes }), ASOF, testOptions).map((f) => f.ruleId);
  it('a service purchase that is not advisory is supervised', () => {
    expect(ids({}, 'service')).toContain('laohekou-2024/art17-unified-supervision');
  });
  it('an advisory service is not', () => {
    expect(ids({ advisoryService: true }, 'service')).not.toContain('laohekou-2024/art17-unified-supervision');
  });
});

// 第二条 ……用于支持政务部门履行管理和服务职能的各类项目
describeRule('laohekou-2024/art2-not-government-department', 2, '用于支持政务部门履行管理和服务职能的各类项目', {
  holds: [
    { name: '市直部门（机关）', facts: facts({ project: { ownerType: 'organ' } }), asOf: ASOF },
    { name: '事业单位', facts: facts({ project: { ownerType: 'publicInstitution' } }), asOf: ASOF },
  ],
  fires: [
    { name: '国有企业', facts: facts({ project: { ownerType: 'stateOwnedEnterprise' } }), asOf: ASOF, severity: 'info' },
    { name: '其他单位', facts: facts({ project: { ownerType: 'other' } }), asOf: ASOF, severity: 'info' },
  ],
});
it('laohekou 第二条: out of scope is one info finding and nothing else', () => {
  const findings = checkProject(laohekou2024, facts({ project: { ownerType: 'other', stage: 'operation' } }), ASOF, testOptions);
  expect(findings.map((f) => f.ruleId)).toEqual(['laohekou-2024/art2-not-government-department']);
});

// 第二十二条 ……建设单位、监理单位、承建单位、使用单位分别指派代表参加。
const held = on('acceptanceHeld', '2025-03-10');
describeRule('laohekou-2024/art22-four-units-represented', 22, '建设单位、监理单位、承建单位、使用单位分别指派代表参加', {
  holds: [
    { name: '四方代表均参加', facts: facts({ events: [held], compliance: { acceptanceRecord: { representatives: ['owner', 'supervisor', 'contractor', 'user'] } } }), asOf: ASOF },
    { name: '尚未验收', facts: facts({ compliance: { acceptanceRecord: { representatives: [] } } }), asOf: ASOF },
  ],
  fires: [
    { name: '使用单位未派代表', facts: facts({ events: [held], compliance: { acceptanceRecord: { representatives: ['owner', 'supervisor', 'contractor'] } } }), asOf: ASOF, severity: 'warning', says: '使用单位' },
    { name: '验收已开（结论待定），未登记验收记录', facts: facts({ events: [held] }), asOf: ASOF, severity: 'info' },
  ],
});

// 第二十四条 ……凡未经验收或验收未通过的项目,财政部门不支付后续费用。
const finalPayment = { kind: 'paymentMade' as const, paymentStage: 'final' as const, date: '2025-04-01' };
describeRule('laohekou-2024/art24-no-payment-before-acceptance', 24, '凡未经验收或验收未通过的项目,财政部门不支付后续费用', {
  holds: [
    { name: '验收通过后支付尾款', facts: facts({ events: [on('finalAcceptancePassed', '2025-03-31'), finalPayment] }), asOf: ASOF },
    { name: '建设中支付进度款', facts: facts({ events: [{ kind: 'paymentMade', paymentStage: 'progress', date: '2025-01-10' }] }), asOf: ASOF },
  ],
  fires: [
    { name: '未登记建成，验收前支付尾款', facts: facts({ events: [finalPayment] }), asOf: ASOF, severity: 'blocking', says: '尚未通过验收' },
    { name: '验收未通过时支付尾款', facts: facts({ events: [on('finalAcceptanceFailed', '2025-03-20'), finalPayment] }), asOf: ASOF, severity: 'blocking', says: '验收未通过' },
    {
      name: '建成后两笔付款都判断',
      facts: facts({ events: [on('completed', '2025-01-01'), { kind: 'paymentRequested', date: '2025-02-01' }, { kind: 'paymentMade', paymentStage: 'progress', date: '2025-02-10' }] }),
      asOf: ASOF,
      severity: 'blocking',
      count: 2,
    },
  ],
});
