/**
 * The events chenzhou's articles tie materials to (same-day convention of
 * framework/checkpoint.ts: done on the event's day is in time).
 */
import { CHECKPOINTS, type Checkpoint } from '../../framework/checkpoint';

/** 第九条 “项目建设单位应提供符合要求的项目资料”: with the application. */
export const declaration: Checkpoint = CHECKPOINTS.declaration;

/** 第十六条: 初步验收 comes before the 竣工验收申请. */
export const acceptanceRequest: Checkpoint = {
  label: '提出竣工验收申请',
  events: ['finalAcceptanceApplied', 'acceptanceHeld', 'finalAcceptancePassed', 'finalAcceptanceFailed'],
  requests: ['acceptanceApplication'],
};
