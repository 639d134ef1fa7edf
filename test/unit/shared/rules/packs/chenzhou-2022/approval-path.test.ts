import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../../../../../shared/rules/framework/context';
import { ruleContext } from '../../../../../../shared/rules/framework/context';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { chenzhou2022 } from '../../../../../../shared/rules/packs/chenzhou-2022';
import { chenzhouApprovalPath, investmentTier } from '../../../../../../shared/rules/packs/chenzhou-2022/approval-path';
import { testCalendar, testOptions } from '../../support/calendar';
import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const WAN = 1_000_000; // fen per 万元
const LIMIT = 50 * WAN; // 政府采购限额标准, default
const THRESHOLD = 200 * WAN; // 立项金额标准, default

const withTotal = (totalInvestmentFen: number) => new FactsView(facts({ project: { totalInvestmentFen } }), ASOF);

describe('第八条 tiers by 总投资 (defaults: 政府采购限额标准 50 万元, 立项金额标准 200 万元)', () => {
  const ctx = ruleContext(chenzhou2022, ASOF, testOptions);
  it.each([
    ['“未达到政府采购限额标准”: one fen under', LIMIT - 1, 'selfImplemented', []],
    ['“政府采购限额标准以上”: exactly the limit', LIMIT, 'reviewed', ['technical', 'finance', 'cryptography', 'security']],
    ['“政府采购限额标准以上”: one fen over the limit', LIMIT + 1, 'reviewed', ['technical', 'finance', 'cryptography', 'security']],
    ['“立项金额标准以下”: one fen under the threshold', THRESHOLD - 1, 'reviewed', ['technical', 'finance', 'cryptography', 'security']],
    // 以上 includes the number (《民法典》第一千二百五十九条): the threshold itself needs 立项.
    ['“立项金额标准以上”: exactly the threshold', THRESHOLD, 'establishment', ['establishment', 'technical', 'finance', 'cryptography', 'security']],
    ['“立项金额标准以上”: one fen over', THRESHOLD + 1, 'establishment', ['establishment', 'technical', 'finance', 'cryptography', 'security']],
  ])('%s', (_name, total, tier, reviews) => {
    const view = withTotal(total);
    expect(investmentTier(view, ctx)).toBe(tier);
    expect(chenzhouApprovalPath(view, ctx).map((step) => step.review)).toEqual(reviews);
  });

  it('the office’s own amounts replace the defaults (one more dated layer)', () => {
    const options: CheckOptions = {
      calendar: testCalendar,
      overrides: { procurementLimitFen: [{ from: '2026-01-01', until: null, value: 30 * WAN }] },
    };
    expect(investmentTier(withTotal(40 * WAN), ruleContext(chenzhou2022, ASOF, options))).toBe('reviewed');
    expect(investmentTier(withTotal(40 * WAN), ruleContext(chenzhou2022, '2025-12-31', options))).toBe('selfImplemented');
  });
});

const ALL_REVIEWS = [
  review('establishment', '2026-02-01'),
  review('technical', '2026-02-10'),
  review('finance', '2026-02-20'),
  review('cryptography', '2026-02-25'),
  review('security', '2026-02-26'),
];
const at = (stage: 'planned' | 'procurement' | 'construction', totalInvestmentFen: number, events = ALL_REVIEWS) =>
  facts({ project: { stage, totalInvestmentFen }, events });

// 第八条 总投资在政府采购限额标准以上，立项金额标准以下的，需进行技术初审、财政投资评审等工作；
// 总投资在立项金额标准以上的，需进行立项、技术初审、财政投资评审等工作。
describeRule('chenzhou-2022/art8-tiered-reviews', 8, '总投资在政府采购限额标准以上，立项金额标准以下的，需进行技术初审、财政投资评审等工作', {
  holds: [
    { name: '列入年度计划，评审尚未到期（招标采购前完成）', facts: at('planned', 1000 * WAN, []), asOf: ASOF },
    { name: '立项、技术初审、财政投资评审均已通过', facts: at('procurement', 1000 * WAN), asOf: ASOF },
    { name: '立项金额标准以下（少一分）的项目无需立项', facts: at('procurement', THRESHOLD - 1, ALL_REVIEWS.slice(1)), asOf: ASOF },
    { name: '“未达到政府采购限额标准的，由项目建设单位自行组织实施”', facts: at('construction', LIMIT - 1, []), asOf: ASOF },
  ],
  fires: [
    {
      name: '立项金额标准以上的项目未立项',
      facts: at('procurement', THRESHOLD + 1, ALL_REVIEWS.slice(1)),
      asOf: ASOF,
      severity: 'blocking',
      says: '市发改委立项审批尚未办理',
    },
    {
      name: '恰为立项金额标准（“以上”含本数）未立项',
      facts: at('procurement', THRESHOLD, ALL_REVIEWS.slice(1)),
      asOf: ASOF,
      severity: 'blocking',
      says: '市发改委立项审批尚未办理',
    },
    {
      name: '政府采购限额标准以上（恰为限额）未经财政投资评审',
      facts: at('procurement', LIMIT, ALL_REVIEWS.filter((e) => 'review' in e && e.review !== 'finance')),
      asOf: ASOF,
      severity: 'blocking',
      says: '市财政局财政投资评审',
    },
    {
      // 第八条 names the 立项金额标准 without a number: while it is our default, the finding is info and says so.
      name: '立项金额标准仍为本地默认值：未立项只作提示',
      facts: at('procurement', THRESHOLD, ALL_REVIEWS.slice(1)),
      asOf: ASOF,
      options: testOptions,
      severity: 'info',
      says: '“立项金额标准”200.00 万元为本地默认值，非办法规定，请审查部门确认',
    },
    {
      name: '技术初审结论为不予通过却已进入建设实施',
      facts: at('construction', 1000 * WAN, [...ALL_REVIEWS, review('technical', '2026-03-01', 'rejected')]),
      asOf: ASOF,
      severity: 'blocking',
      says: '不予通过',
    },
  ],
});

// 第九条 市委办开展对国家密码管理政策法规标准、安全可靠要求、国家电子文件管理政策等情况的前置审查……；市委网信办开展网络安全前置审查备案工作
describeRule('chenzhou-2022/art9-pre-reviews', 9, '市委网信办开展网络安全前置审查备案工作', {
  holds: [
    { name: '两项前置审查均已通过', facts: at('procurement', 1000 * WAN), asOf: ASOF },
    { name: '自行组织实施的项目无评审可“前置”', facts: at('procurement', LIMIT - 1, []), asOf: ASOF },
  ],
  fires: [
    {
      name: '未经网络安全前置审查备案即招标采购',
      facts: at('procurement', 1000 * WAN, ALL_REVIEWS.slice(0, 4)),
      asOf: ASOF,
      severity: 'blocking',
      says: '市委网信办网络安全前置审查备案',
    },
    { name: '两项前置审查都未办理', facts: at('procurement', LIMIT, ALL_REVIEWS.slice(1, 3)), asOf: ASOF, severity: 'blocking', count: 2 },
  ],
});

// 第八条 纳入年度计划的信息化项目，总投资未达到政府采购限额标准的，由项目建设单位自行组织实施
describeRule('chenzhou-2022/art8-self-implementation', 8, '总投资未达到政府采购限额标准的，由项目建设单位自行组织实施', {
  holds: [
    { name: '恰为政府采购限额标准，需评审', facts: at('planned', LIMIT, []), asOf: ASOF },
    { name: '尚未列入年度计划', facts: facts({ project: { stage: 'approved', totalInvestmentFen: LIMIT - 1 } }), asOf: ASOF },
  ],
  fires: [
    { name: '比限额少一分：自行组织实施', facts: at('planned', LIMIT - 1, []), asOf: ASOF, severity: 'info', says: '未达到政府采购限额标准 50.00 万元' },
    {
      name: '限额仍为本地默认值：说明其非办法规定',
      facts: at('planned', LIMIT - 1, []),
      asOf: ASOF,
      options: testOptions,
      severity: 'info',
      says: '非办法规定，请审查部门确认',
    },
  ],
});
