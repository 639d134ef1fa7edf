import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, OFFICIAL } from './fixtures';

const planned: LifecycleEventInput = { kind: 'includedInAnnualPlan', date: '2021-02-01', year: 2021 };

// 第十条 ……对于未列入部门年度建设计划的项目，原则上不予审批。
describeRule('heze-2021/art10-annual-plan', 10, '对于未列入部门年度建设计划的项目，原则上不予审批', {
  holds: [
    { name: '列入部门年度建设计划的项目评审中', facts: facts({ project: { stage: 'underReview' }, events: [planned] }), asOf: ASOF, ...OFFICIAL },
    { name: '刚申报、尚未评审', facts: facts({ project: { stage: 'declared' } }), asOf: ASOF, ...OFFICIAL },
    { name: '上级组织申报的项目按上级计划', facts: facts({ project: { stage: 'underReview' }, attributes: { superiorDeclared: true } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '未列入年度建设计划的项目在评审', facts: facts({ project: { stage: 'underReview' } }), asOf: ASOF, severity: 'warning', says: '正在评审', ...OFFICIAL },
    { name: '未列入年度建设计划的项目已立项', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF, severity: 'warning', says: '已批复立项', ...OFFICIAL },
  ],
});

const superior = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'approved' }, attributes: { superiorDeclared: true }, events: [review('technical', '2021-03-01'), ...events] });

// 第十二条 ……并在国家有关部委、省直有关部门审批后报市大数据局备案。
describeRule('heze-2021/art12-superior-approval-filed', 12, '并在国家有关部委、省直有关部门审批后报市大数据局备案', {
  holds: [
    { name: '上级审批后报市大数据局备案', facts: superior(review('establishment', '2021-06-01'), on('superiorApprovalFiled', '2021-06-08')), asOf: ASOF, ...OFFICIAL },
    { name: '审批当天备案', facts: superior(review('establishment', '2021-06-01'), on('superiorApprovalFiled', '2021-06-01')), asOf: ASOF, ...OFFICIAL },
    { name: '上级未批准，无需备案', facts: superior(review('establishment', '2021-06-01', 'rejected')), asOf: ASOF, ...OFFICIAL },
    { name: '本市立项的项目不适用', facts: facts({ project: { stage: 'approved' }, events: [review('establishment', '2021-06-01')] }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '上级审批后未备案', facts: superior(review('establishment', '2021-06-01')), asOf: ASOF, severity: 'warning', says: '2021-06-01', ...OFFICIAL },
    { name: '备案早于上级审批', facts: superior(on('superiorApprovalFiled', '2021-05-20'), review('establishment', '2021-06-01')), asOf: ASOF, severity: 'warning', ...OFFICIAL },
  ],
});
