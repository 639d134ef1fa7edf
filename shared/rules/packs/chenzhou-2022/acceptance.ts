/**
 * 第四章 验收管理 (第十六条、第十七条): 初步验收 before 竣工验收, the 技术支持组's consent
 * to the application, filing of the acceptance report, rectification and acceptance again.
 */
import type { Day } from '../../../domain/day';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';
import { notSharing } from './sharing';

/** The first 竣工验收 held (passed or failed). */
export function firstFinalAcceptance(view: FactsView): Day | null {
  // An acceptance held whose outcome is pending (acceptanceHeld) was held all the same.
  let first: Day | null = null;
  for (const kind of ['finalAcceptancePassed', 'finalAcceptanceFailed', 'acceptanceHeld'] as const) {
    const date = view.first(kind)?.date;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

/** The first 竣工验收 held (passed or failed) on or after `day`. */
export function acceptanceHeldOnOrAfter(view: FactsView, day: Day): Day | null {
  // An acceptance held whose outcome is pending (acceptanceHeld) was held all the same.
  let first: Day | null = null;
  for (const kind of ['finalAcceptancePassed', 'finalAcceptanceFailed', 'acceptanceHeld'] as const) {
    const date = view.firstOnOrAfter(kind, day)?.date;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

/** The latest 竣工验收 failed (no later pass). */
export function lastAcceptanceFailed(view: FactsView): Day | null {
  const failed = view.last('finalAcceptanceFailed')?.date;
  const passed = view.last('finalAcceptancePassed')?.date;
  return failed && (!passed || passed < failed) ? failed : null;
}

export function preliminaryPassedBy(view: FactsView, day: Day): boolean {
  return view.all('preliminaryAcceptance').some((event) => event.passed && event.date <= day);
}

export function applicationAgreedBy(view: FactsView, day: Day): boolean {
  return view.all('review').some((r) => r.review === 'acceptanceApplication' && r.outcome === 'approved' && r.date <= day);
}

// 第十六条 项目验收包括初步验收和竣工验收两个阶段，初步验收由项目建设单位自行组织。
export const preliminaryBeforeFinal: Rule<ChenzhouParameter> = {
  id: ruleId('art16-preliminary-before-final'),
  title: '先初步验收，后竣工验收',
  citation: art(16),
  quote: '项目验收包括初步验收和竣工验收两个阶段，初步验收由项目建设单位自行组织',
  check(view, _ctx, report) {
    const applied = view.first('finalAcceptanceApplied')?.date ?? null;
    const held = firstFinalAcceptance(view);
    const first = applied && held ? (applied < held ? applied : held) : (applied ?? held);
    if (!first || preliminaryPassedBy(view, first)) return;
    report({
      severity: 'warning',
      message: `项目于 ${first} 申请或开展竣工验收，此前没有通过初步验收的记录；依第十六条，“项目验收包括初步验收和竣工验收两个阶段，初步验收由项目建设单位自行组织”。`,
      action: '请登记初步验收的日期和结论，并上传初步验收报告；未开展的，请先组织初步验收。',
    });
  },
};

// 第十六条 竣工验收由项目建设单位向技术支持组提出项目竣工验收申请，……同意项目竣工验收申请后，
// 项目建设单位自行组织各领域专家对项目进行验收。
export const applicationAgreed: Rule<ChenzhouParameter> = {
  id: ruleId('art16-application-agreed-before-acceptance'),
  title: '技术支持组同意竣工验收申请后验收',
  citation: art(16),
  quote: '同意项目竣工验收申请后，项目建设单位自行组织各领域专家对项目进行验收',
  check(view, _ctx, report) {
    const held = firstFinalAcceptance(view);
    if (!held || applicationAgreedBy(view, held)) return;
    report({
      severity: 'warning',
      message: `项目于 ${held} 组织竣工验收，此前没有技术支持组同意竣工验收申请的记录；依第十六条，应在技术支持组“同意项目竣工验收申请后”组织验收。`,
      action: '请登记技术支持组对竣工验收申请的审查结论；未经审查的，请补报技术支持组审查。',
    });
  },
};

// 第十六条 技术支持组对项目建设中政务云资源集约应用、数据信息资源共享、网络安全等情况进行审查
export const applicationReviewItems: Rule<ChenzhouParameter> = {
  id: ruleId('art16-application-review-items'),
  title: '竣工验收申请的审查事项',
  citation: art(16),
  quote: '技术支持组对项目建设中政务云资源集约应用、数据信息资源共享、网络安全等情况进行审查',
  check(view, _ctx, report) {
    if (view.stage !== 'acceptance' || view.approved('acceptanceApplication')) return;
    const issues: string[] = [];
    const { cloudDeployment, mlpsLevel } = view.project;
    if (cloudDeployment === 'ownRoom' || cloudDeployment === 'undecided') issues.push('政务云资源集约应用（未登记为部署于政务云）');
    if (notSharing(view)) issues.push('数据信息资源共享（尚未通过共享交换平台共享）');
    if (mlpsLevel === 0 && !view.attributes.procurementOnly) issues.push('网络安全（尚未确定等级保护级别）');
    if (issues.length === 0) return;
    report({
      severity: 'info',
      message: `技术支持组将审查“政务云资源集约应用、数据信息资源共享、网络安全等情况”，本项目以下事项可能不符合：${issues.join('；')}。`,
      action: '请在提出竣工验收申请前整改上述事项并更新登记。',
    });
  },
};

// 第十七条 项目验收完成后，项目建设单位应将验收报告等材料报领导小组办公室备案。
export const acceptanceFiled: Rule<ChenzhouParameter> = {
  id: ruleId('art17-acceptance-filed'),
  title: '验收报告等材料报备案',
  citation: art(17),
  quote: '项目验收完成后，项目建设单位应将验收报告等材料报领导小组办公室备案',
  check(view, _ctx, report) {
    const passed = view.last('finalAcceptancePassed');
    if (!passed || view.firstOnOrAfter('acceptanceFiled', passed.date)) return;
    report({
      severity: 'warning',
      message: `项目于 ${passed.date} 通过竣工验收，尚无将验收报告等材料报领导小组办公室备案的记录；依第十七条，“项目建设单位应将验收报告等材料报领导小组办公室备案”。`,
      action: '请将验收报告等材料报领导小组办公室备案，并登记备案日期。',
    });
  },
};

// 第十七条 对未通过竣工验收的项目，项目建设单位应按验收提出的意见及时整改，整改后应重新开展竣工验收
// “及时” is not quantified: the finding stands, without a due date, until the rectification is recorded.
export const rectifyAfterFailed: Rule<ChenzhouParameter> = {
  id: ruleId('art17-rectify-after-failed'),
  title: '未通过竣工验收的应及时整改',
  citation: art(17),
  quote: '对未通过竣工验收的项目，项目建设单位应按验收提出的意见及时整改',
  check(view, _ctx, report) {
    const failed = lastAcceptanceFailed(view);
    if (!failed || view.firstOnOrAfter('rectificationCompleted', failed)) return;
    report({
      severity: 'warning',
      message: `竣工验收于 ${failed} 未通过，尚无整改完成的记录；依第十七条，“项目建设单位应按验收提出的意见及时整改”。`,
      action: '请按验收意见整改，上传整改报告并登记整改完成日期。',
    });
  },
};

export const reacceptAfterRectification: Rule<ChenzhouParameter> = {
  id: ruleId('art17-reaccept-after-rectification'),
  title: '整改后重新开展竣工验收',
  citation: art(17),
  quote: '整改后应重新开展竣工验收',
  check(view, _ctx, report) {
    const failed = lastAcceptanceFailed(view);
    if (!failed) return;
    const rectified = view.firstOnOrAfter('rectificationCompleted', failed);
    if (!rectified || acceptanceHeldOnOrAfter(view, rectified.date) !== null) return;
    report({
      severity: 'warning',
      message: `验收整改已于 ${rectified.date} 完成，尚未重新开展竣工验收；依第十七条，“整改后应重新开展竣工验收”。`,
      action: '请重新向技术支持组提出竣工验收申请，组织验收并登记结论。',
    });
  },
};

// 第十七条 对拒不整改或整改后仍达不到验收标准的，领导小组办公室暂缓该单位后续信息化项目建设申报审批。
// Checked on this project: the latest acceptance failed although a rectification followed an earlier failure.
export const stillFailing: Rule<ChenzhouParameter> = {
  id: ruleId('art17-still-failing-after-rectification'),
  title: '整改后仍达不到验收标准',
  citation: art(17),
  quote: '整改后仍达不到验收标准的，领导小组办公室暂缓该单位后续信息化项目建设申报审批',
  check(view, _ctx, report) {
    const failed = lastAcceptanceFailed(view);
    if (!failed) return;
    const earlier = view.all('finalAcceptanceFailed').find((event) => event.date < failed);
    if (!earlier) return;
    const rectified = view.firstOnOrAfter('rectificationCompleted', earlier.date);
    if (!rectified || rectified.date > failed) return;
    report({
      severity: 'warning',
      message: `竣工验收于 ${earlier.date} 未通过，${rectified.date} 整改后于 ${failed} 再次未通过；依第十七条，“整改后仍达不到验收标准的，领导小组办公室暂缓该单位后续信息化项目建设申报审批”。`,
      action: '请领导小组办公室决定是否暂缓该单位后续信息化项目的申报审批，并督促继续整改。',
    });
  },
};

export const acceptanceRules = [
  preliminaryBeforeFinal,
  applicationAgreed,
  applicationReviewItems,
  acceptanceFiled,
  rectifyAfterFailed,
  reacceptAfterRectification,
  stillFailing,
];
