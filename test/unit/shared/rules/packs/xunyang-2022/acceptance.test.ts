import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-09-01';
const prelim = (date: string, passed = true): LifecycleEventInput => ({ kind: 'preliminaryAcceptance', date, passed });
const inAcceptance = (events: LifecycleEventInput[], materials: MaterialCode[] = []) => facts({ project: { stage: 'acceptance' }, events, materials });

// 第十九条 项目竣工后，经系统测试和试运行，由建设单位进行初步验收。
describeRule('xunyang-2022/art19-trial-run-before-preliminary', 19, '项目竣工后，经系统测试和试运行，由建设单位进行初步验收', {
  holds: [
    { name: '试运行后初步验收', facts: inAcceptance([on('trialRunStarted', '2026-05-01'), prelim('2026-07-01')]), asOf: ASOF },
    { name: '尚未初步验收', facts: inAcceptance([]), asOf: ASOF },
  ],
  fires: [
    { name: '未试运行即初步验收', facts: inAcceptance([prelim('2026-07-01')]), asOf: ASOF, severity: 'warning' },
    { name: '试运行晚于初步验收', facts: inAcceptance([prelim('2026-07-01'), on('trialRunStarted', '2026-07-02')]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第十九条 通过后，由建设单位向区数字办提出竣工验收申请
describeRule('xunyang-2022/art19-preliminary-before-final', 19, '通过后，由建设单位向区数字办提出竣工验收申请', {
  holds: [
    { name: '初步验收通过后申请', facts: inAcceptance([prelim('2026-07-01'), on('finalAcceptanceApplied', '2026-07-01')]), asOf: ASOF },
    { name: '尚未申请竣工验收', facts: inAcceptance([prelim('2026-07-01', false)]), asOf: ASOF },
  ],
  fires: [
    { name: '初步验收未通过即申请', facts: inAcceptance([prelim('2026-07-01', false), on('finalAcceptanceApplied', '2026-07-05')]), asOf: ASOF, severity: 'warning' },
    { name: '未申请、未初验即验收', facts: inAcceptance([on('finalAcceptancePassed', '2026-07-05')]), asOf: ASOF, severity: 'warning' },
  ],
});

// 第二十条 对不符合要求的项目，项目建设单位要限期整改。
describeRule('xunyang-2022/art20-rectify-within-limit', 20, '对不符合要求的项目，项目建设单位要限期整改', {
  holds: [
    { name: '已整改', facts: inAcceptance([on('finalAcceptanceFailed', '2026-07-01'), on('rectificationCompleted', '2026-07-20')]), asOf: ASOF },
    { name: '验收合格', facts: inAcceptance([on('finalAcceptancePassed', '2026-07-01')]), asOf: ASOF },
  ],
  fires: [
    { name: '不符合要求，尚未整改', facts: inAcceptance([on('finalAcceptanceFailed', '2026-07-01')]), asOf: ASOF, severity: 'warning' },
    {
      name: '整改后再次不符合要求',
      facts: inAcceptance([on('finalAcceptanceFailed', '2026-07-01'), on('rectificationCompleted', '2026-07-20'), on('finalAcceptanceFailed', '2026-08-10')]),
      asOf: ASOF,
      severity: 'warning',
    },
  ],
});

// 第二十条 工程验收合格后，建设单位要对施工单位报送的项目结算进行自行审核或第三方中介机构协审，并将审核结果报区财政局和区审计局进行备案。
describeRule('xunyang-2022/art20-settlement-filed', 20, '并将审核结果报区财政局和区审计局进行备案', {
  holds: [
    { name: '验收合格后已备案', facts: inAcceptance([on('finalAcceptancePassed', '2026-07-01'), on('settlementFiled', '2026-08-01')]), asOf: ASOF },
    { name: '尚未验收合格', facts: inAcceptance([on('finalAcceptanceFailed', '2026-07-01')]), asOf: ASOF },
  ],
  fires: [{ name: '验收合格后未备案', facts: inAcceptance([on('finalAcceptancePassed', '2026-07-01')]), asOf: ASOF, severity: 'warning' }],
});

// 第二十条 未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付。
const done = on('completed', '2026-05-01');
const pay = on('paymentRequested', '2026-08-01');

describeRule('xunyang-2022/art20-no-payment-without-acceptance', 20, '未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付', {
  holds: [
    { name: '验收合格且有审计报告', facts: inAcceptance([done, on('finalAcceptancePassed', '2026-07-01'), pay], ['auditReport']), asOf: ASOF },
    { name: '建成前的进度款（本条针对验收）', facts: inAcceptance([on('paymentRequested', '2026-03-01'), done]), asOf: ASOF },
    { name: '尚未申请拨付', facts: inAcceptance([done]), asOf: ASOF },
  ],
  fires: [
    { name: '未经验收即申请拨付', facts: inAcceptance([done, pay], ['auditReport']), asOf: ASOF, severity: 'blocking', says: '未经验收' },
    { name: '验收不合格时申请拨付', facts: inAcceptance([done, on('finalAcceptanceFailed', '2026-07-01'), pay], ['auditReport']), asOf: ASOF, severity: 'blocking', says: '验收不合格' },
    { name: '没有审计报告', facts: inAcceptance([done, on('finalAcceptancePassed', '2026-07-01'), pay]), asOf: ASOF, severity: 'blocking', says: '没有审计报告' },
  ],
});
