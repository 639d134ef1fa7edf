import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-09-01';
const prelim = (date: string, passed = true): LifecycleEventInput => ({ kind: 'preliminaryAcceptance', date, passed });
const inAcceptance = (events: LifecycleEventInput[], project: Partial<Project> = {}) => facts({ project: { stage: 'acceptance', ...project }, events });

// 第十六条 项目验收包括初步验收和竣工验收两个阶段，初步验收由项目建设单位自行组织。
describeRule('chenzhou-2022/art16-preliminary-before-final', 16, '项目验收包括初步验收和竣工验收两个阶段，初步验收由项目建设单位自行组织', {
  holds: [
    { name: '初步验收通过后提出竣工验收申请', facts: inAcceptance([prelim('2026-06-01'), on('finalAcceptanceApplied', '2026-06-10')]), asOf: ASOF },
    { name: '同一天初步验收通过并申请', facts: inAcceptance([prelim('2026-06-10'), on('finalAcceptanceApplied', '2026-06-10')]), asOf: ASOF },
    { name: '尚未申请竣工验收', facts: inAcceptance([]), asOf: ASOF },
  ],
  fires: [
    { name: '未经初步验收即申请竣工验收', facts: inAcceptance([on('finalAcceptanceApplied', '2026-06-10')]), asOf: ASOF, severity: 'warning' },
    { name: '初步验收未通过即开展竣工验收', facts: inAcceptance([prelim('2026-06-01', false), on('finalAcceptancePassed', '2026-06-20')]), asOf: ASOF, severity: 'warning' },
    { name: '初步验收晚于竣工验收申请', facts: inAcceptance([on('finalAcceptanceApplied', '2026-06-10'), prelim('2026-06-11')]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十六条 ……同意项目竣工验收申请后，项目建设单位自行组织各领域专家对项目进行验收。
describeRule('chenzhou-2022/art16-application-agreed-before-acceptance', 16, '同意项目竣工验收申请后，项目建设单位自行组织各领域专家对项目进行验收', {
  holds: [
    { name: '技术支持组同意后验收', facts: inAcceptance([review('acceptanceApplication', '2026-06-15'), on('finalAcceptancePassed', '2026-06-20')]), asOf: ASOF },
    { name: '尚未验收', facts: inAcceptance([]), asOf: ASOF },
  ],
  fires: [
    { name: '未经技术支持组同意即验收', facts: inAcceptance([on('finalAcceptancePassed', '2026-06-20')]), asOf: ASOF, severity: 'warning' },
    { name: '验收后才补办同意', facts: inAcceptance([on('finalAcceptanceFailed', '2026-06-20'), review('acceptanceApplication', '2026-06-25')]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十六条 技术支持组对项目建设中政务云资源集约应用、数据信息资源共享、网络安全等情况进行审查
describeRule('chenzhou-2022/art16-application-review-items', 16, '技术支持组对项目建设中政务云资源集约应用、数据信息资源共享、网络安全等情况进行审查', {
  holds: [
    { name: '政务云部署、已共享、已定级', facts: inAcceptance([], { dataSharing: 'shared', mlpsLevel: 2 }), asOf: ASOF },
    { name: '技术支持组已同意申请', facts: inAcceptance([review('acceptanceApplication', '2026-06-15')]), asOf: ASOF },
  ],
  fires: [
    { name: '数据未共享、系统未定级', facts: inAcceptance([]), asOf: ASOF, severity: 'info', says: '网络安全（尚未确定等级保护级别）' },
    { name: '部署于自建机房', facts: inAcceptance([], { dataSharing: 'shared', mlpsLevel: 2, cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'info', says: '政务云资源集约应用' },
  ],
});

// 第十七条 项目验收完成后，项目建设单位应将验收报告等材料报领导小组办公室备案。
describeRule('chenzhou-2022/art17-acceptance-filed', 17, '项目验收完成后，项目建设单位应将验收报告等材料报领导小组办公室备案', {
  holds: [
    { name: '验收通过后已备案', facts: inAcceptance([on('finalAcceptancePassed', '2026-06-20'), on('acceptanceFiled', '2026-06-25')]), asOf: ASOF },
    { name: '未通过验收，无需备案', facts: inAcceptance([on('finalAcceptanceFailed', '2026-06-20')]), asOf: ASOF },
  ],
  fires: [
    { name: '验收通过后未备案', facts: inAcceptance([on('finalAcceptancePassed', '2026-06-20')]), asOf: ASOF, severity: 'warning' },
    { name: '备案早于（再次）验收通过', facts: inAcceptance([on('acceptanceFiled', '2026-06-01'), on('finalAcceptancePassed', '2026-06-20')]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十七条 对未通过竣工验收的项目，项目建设单位应按验收提出的意见及时整改，整改后应重新开展竣工验收
const failed = (...more: LifecycleEventInput[]) => inAcceptance([on('finalAcceptanceFailed', '2026-06-20'), ...more]);

describeRule('chenzhou-2022/art17-rectify-after-failed', 17, '对未通过竣工验收的项目，项目建设单位应按验收提出的意见及时整改', {
  holds: [
    { name: '已整改', facts: failed(on('rectificationCompleted', '2026-07-10')), asOf: ASOF },
    { name: '重新验收已通过', facts: failed(on('finalAcceptancePassed', '2026-08-01')), asOf: ASOF },
  ],
  fires: [{ name: '未通过验收，尚未整改', facts: failed(), asOf: ASOF, severity: 'warning' }],
});

describeRule('chenzhou-2022/art17-reaccept-after-rectification', 17, '整改后应重新开展竣工验收', {
  holds: [
    { name: '整改后已重新验收', facts: failed(on('rectificationCompleted', '2026-07-10'), on('finalAcceptancePassed', '2026-08-01')), asOf: ASOF },
    { name: '尚未整改（由整改规则提示）', facts: failed(), asOf: ASOF },
  ],
  fires: [{ name: '整改后未重新验收', facts: failed(on('rectificationCompleted', '2026-07-10')), asOf: ASOF, severity: 'warning' }],
});

// 第十七条 对拒不整改或整改后仍达不到验收标准的，领导小组办公室暂缓该单位后续信息化项目建设申报审批。
describeRule('chenzhou-2022/art17-still-failing-after-rectification', 17, '整改后仍达不到验收标准的，领导小组办公室暂缓该单位后续信息化项目建设申报审批', {
  holds: [
    { name: '整改后重新验收通过', facts: failed(on('rectificationCompleted', '2026-07-10'), on('finalAcceptancePassed', '2026-08-01')), asOf: ASOF },
    { name: '两次未通过之间没有整改', facts: failed(on('finalAcceptanceFailed', '2026-08-01')), asOf: ASOF },
  ],
  fires: [
    {
      name: '整改后再次未通过',
      facts: failed(on('rectificationCompleted', '2026-07-10'), on('finalAcceptanceFailed', '2026-08-01')),
      asOf: ASOF,
      severity: 'warning',
      says: '暂缓该单位后续信息化项目建设申报审批',
    },
  ],
});
