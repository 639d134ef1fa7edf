/**
 * The events xunyang's articles tie materials to (same-day convention of
 * framework/checkpoint.ts: done on the event's day is in time).
 */
import { CHECKPOINTS, type Checkpoint } from '../../framework/checkpoint';

/** 第七条 “须提交下一个年度项目申报表和项目建议书”; 第九条 “将有关材料提交区信息办”. */
export const declaration: Checkpoint = CHECKPOINTS.declaration;

/** 第十九条 “经系统测试和试运行，由建设单位进行初步验收”. */
export const preliminaryAcceptance: Checkpoint = { label: '初步验收', events: ['preliminaryAcceptance'] };

/** 第十九条 “提出竣工验收申请，并提交……验收材料”. */
export const acceptanceRequest: Checkpoint = {
  label: '提出竣工验收申请',
  events: ['finalAcceptanceApplied', 'acceptanceHeld', 'finalAcceptancePassed', 'finalAcceptanceFailed'],
  requests: ['acceptanceApplication'],
};
