import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2025-06-03';
const passedInitial = (date: string): LifecycleEventInput => ({ kind: 'preliminaryAcceptance', date, passed: true });
const at = (project: Partial<Project>, events: LifecycleEventInput[] = [], attributes: ProjectFactsInput['attributes'] = {}) =>
  facts({ project: { dataSharing: 'shared', ...project }, events, attributes });

// 第二十三条 (二)系统通过初验并经过不少于一个月的安全稳定试运行;
describeRule('laohekou-2024/art23-initial-acceptance-passed', 23, '系统通过初验', {
  holds: [
    { name: '初验通过当天开始试运行', facts: at({ stage: 'trialRun' }, [passedInitial('2025-03-03'), on('trialRunStarted', '2025-03-03')]), asOf: ASOF },
    { name: '建设实施中尚未初验', facts: at({ stage: 'construction' }), asOf: ASOF },
    { name: '设计咨询、测评等服务不纳入统一验收', facts: at({ stage: 'acceptance' }, [], { advisoryService: true }), asOf: ASOF },
  ],
  fires: [
    { name: '试运行中无初验记录', facts: at({ stage: 'trialRun' }, [on('trialRunStarted', '2025-03-03')]), asOf: ASOF, severity: 'warning', says: '尚无初验通过' },
    { name: '初验晚于试运行开始', facts: at({ stage: 'trialRun' }, [on('trialRunStarted', '2025-03-03'), passedInitial('2025-03-04')]), asOf: ASOF, severity: 'warning', says: '才通过' },
    { name: '初验未通过', facts: at({ stage: 'acceptance' }, [{ kind: 'preliminaryAcceptance', date: '2025-03-03', passed: false }]), asOf: ASOF, severity: 'warning' },
  ],
});

// Trial run from Mon 2025-03-03: one month is complete on 2025-04-03 (对应日; a minimum, never moved).
const trial = (stage: 'acceptance' | 'operation', ...more: LifecycleEventInput[]) => at({ stage }, [passedInitial('2025-03-03'), on('trialRunStarted', '2025-03-03'), ...more]);

describeRule('laohekou-2024/art23-trial-run-one-month', 23, '经过不少于一个月的安全稳定试运行', {
  holds: [
    { name: '试运行满一个月当天（2025-04-03）验收', facts: trial('operation', on('finalAcceptancePassed', '2025-04-03')), asOf: ASOF },
    { name: '满一个月后一天验收', facts: trial('operation', on('finalAcceptancePassed', '2025-04-04')), asOf: ASOF },
    { name: '验收阶段、试运行已满一个月、尚未验收', facts: trial('acceptance'), asOf: '2025-04-03' },
    { name: '月末：2025-01-31 开始试运行，2025-02-28 即满一个月', facts: at({ stage: 'operation' }, [on('trialRunStarted', '2025-01-31'), on('finalAcceptancePassed', '2025-02-28')]), asOf: ASOF },
    { name: '设计咨询、测评等服务不经试运行', facts: at({ stage: 'operation' }, [on('finalAcceptancePassed', '2025-04-01')], { advisoryService: true }), asOf: ASOF },
  ],
  fires: [
    { name: '满一个月前一天（2025-04-02）即验收', facts: trial('operation', on('finalAcceptancePassed', '2025-04-02')), asOf: ASOF, severity: 'warning', says: '不满' },
    { name: '不足一个月验收且未通过，也是验收', facts: trial('acceptance', on('finalAcceptanceFailed', '2025-04-02')), asOf: ASOF, severity: 'warning' },
    { name: '进入验收阶段时试运行尚不满一个月', facts: trial('acceptance'), asOf: '2025-04-02', severity: 'warning', says: '2025-04-03 方满一个月' },
    { name: '月末：2025-01-31 开始，2025-02-27 验收不足一个月', facts: at({ stage: 'operation' }, [on('trialRunStarted', '2025-01-31'), on('finalAcceptancePassed', '2025-02-27')]), asOf: ASOF, severity: 'warning' },
    { name: '未经试运行即验收', facts: at({ stage: 'operation' }, [on('finalAcceptancePassed', '2025-04-03')]), asOf: ASOF, severity: 'warning', says: '尚无试运行' },
  ],
});

/** `fulfilled: null` leaves (四) unrecorded. */
const ready = (project: Partial<Project> = {}, fulfilled: boolean | null = true) =>
  facts({
    project: { stage: 'acceptance', dataSharing: 'shared', ...project },
    events: [on('completed', '2025-02-03')],
    compliance: fulfilled === null ? {} : { contractObligationsFulfilled: fulfilled },
  });

// 第二十三条 验收主要检查项目建设内容是否符合立项依据……(一)完成全部建设内容……(四)合同义务履行完毕(不含售后服务部分);
// (七)部署在(迁移至)大数据中心政务云,实现了数据资源共享;
describeRule('laohekou-2024/art23-acceptance-conditions', 23, '验收主要检查项目建设内容是否符合立项依据', {
  holds: [
    { name: '建成、合同义务履行完毕、部署在政务云并实现数据共享', facts: ready(), asOf: ASOF },
    { name: '不涉及部署和数据共享的项目', facts: ready({ cloudDeployment: 'notApplicable', dataSharing: 'notApplicable' }), asOf: ASOF },
    { name: '验收后不再检查', facts: ready({ stage: 'operation' }, false), asOf: ASOF },
  ],
  fires: [
    { name: '（四）未登记合同义务是否履行完毕', facts: ready({}, null), asOf: ASOF, severity: 'warning', says: '（四）尚未登记' },
    { name: '（四）合同义务尚未履行完毕', facts: ready({}, false), asOf: ASOF, severity: 'warning', says: '（四）合同义务尚未履行完毕' },
    { name: '（七）未部署在(迁移至)大数据中心政务云', facts: ready({ cloudDeployment: 'ownRoom' }), asOf: ASOF, severity: 'warning', says: '大数据中心政务云' },
    { name: '（七）未实现数据资源共享', facts: ready({ dataSharing: 'catalogued' }), asOf: ASOF, severity: 'warning', says: '数据资源共享' },
    {
      name: '（一）没有建成记录',
      facts: facts({ project: { stage: 'acceptance', dataSharing: 'shared' }, compliance: { contractObligationsFulfilled: true } }),
      asOf: ASOF,
      severity: 'warning',
      says: '（一）',
    },
  ],
});

const change: LifecycleEventInput = { kind: 'changeRequested', date: '2025-01-06', changeId: 'BG-1', adjustmentFen: 10_000_000, totalAfterFen: 1_000_000_000, reason: 'scheduleAdjustment', goalsUnchanged: true };

// 第二十三条 ……项目内容、工期等变更是否按规定程序获得批准。
describeRule('laohekou-2024/art23-changes-approved', 23, '项目内容、工期等变更是否按规定程序获得批准', {
  holds: [
    { name: '工期变更已获批准', facts: at({ stage: 'acceptance' }, [change, { kind: 'changeApproved', date: '2025-01-20', changeId: 'BG-1', approvals: ['reapproved'] }]), asOf: ASOF },
    { name: '建设中（验收时检查）', facts: at({ stage: 'construction' }, [change]), asOf: ASOF },
  ],
  fires: [
    { name: '验收时变更未获批准', facts: at({ stage: 'acceptance' }, [change]), asOf: ASOF, severity: 'warning', says: 'BG-1' },
    { name: '批准的是另一项变更', facts: at({ stage: 'operation' }, [change, { kind: 'changeApproved', date: '2025-01-20', changeId: 'BG-2', approvals: ['reapproved'] }]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第二十四条 信息化项目通过验收后,由项目建设单位向市财政局、市城市运行管理中心报送签字盖章的项目验收报告(见附件3)
describeRule('laohekou-2024/art24-acceptance-report-submitted', 24, '由项目建设单位向市财政局、市城市运行管理中心报送签字盖章的项目验收报告', {
  holds: [
    { name: '通过验收后报送验收报告', facts: at({ stage: 'operation' }, [on('finalAcceptancePassed', '2025-05-06'), on('acceptanceFiled', '2025-05-08')]), asOf: ASOF },
    { name: '尚未通过验收', facts: at({ stage: 'acceptance' }), asOf: ASOF },
  ],
  fires: [
    { name: '通过验收未报送验收报告', facts: at({ stage: 'operation' }, [on('finalAcceptancePassed', '2025-05-06')]), asOf: ASOF, severity: 'warning' },
    {
      name: '报送早于通过验收（前次未通过的验收材料）',
      facts: at({ stage: 'operation' }, [on('finalAcceptanceFailed', '2025-04-01'), on('acceptanceFiled', '2025-04-02'), on('finalAcceptancePassed', '2025-05-06')]),
      asOf: ASOF,
      severity: 'warning',
    },
  ],
});

const payment = (date: string): LifecycleEventInput => ({ kind: 'paymentRequested', date });

// 第二十四条 ……凡未经验收或验收未通过的项目,财政部门不支付后续费用。
describeRule('laohekou-2024/art24-no-payment-before-acceptance', 24, '凡未经验收或验收未通过的项目,财政部门不支付后续费用', {
  holds: [
    { name: '建设中的进度款', facts: at({ stage: 'construction' }, [payment('2025-01-06')]), asOf: ASOF },
    { name: '验收通过当天申请支付', facts: at({ stage: 'operation' }, [on('completed', '2025-02-03'), on('finalAcceptancePassed', '2025-04-07'), payment('2025-04-07')]), asOf: ASOF },
  ],
  fires: [
    { name: '建成后未经验收申请支付', facts: at({ stage: 'acceptance' }, [on('completed', '2025-02-03'), payment('2025-02-03')]), asOf: ASOF, severity: 'blocking' },
    {
      name: '验收未通过仍申请支付（两次）',
      facts: at({ stage: 'acceptance' }, [on('completed', '2025-02-03'), on('finalAcceptanceFailed', '2025-04-07'), payment('2025-04-08'), payment('2025-05-06')]),
      asOf: ASOF,
      severity: 'blocking',
      count: 2,
    },
  ],
});
