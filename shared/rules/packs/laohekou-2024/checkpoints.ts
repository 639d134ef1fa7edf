/**
 * The events laohekou's articles tie materials to (same-day convention of
 * framework/checkpoint.ts: done on the event's day is in time).
 */
import { CHECKPOINTS, type Checkpoint } from '../../framework/checkpoint';

/** 第六条 “以书面形式……提出建设需求”. */
export const demand: Checkpoint = { label: '提出建设需求（申报）', events: ['declarationSubmitted'] };

/** 第七条 “对部门申报的项目建设需求组织统一答辩、评估和论证”: the 论证 is judged on these plans. */
export const argument: Checkpoint = { label: '统一答辩、评估和论证', events: [], requests: ['preAssessment'], reviews: ['preAssessment'] };

/** 第二十三条(二) “系统通过初验并经过不少于一个月的安全稳定试运行”: the 初验 comes before the trial run. */
export const trialRun: Checkpoint = { label: '开始试运行', events: ['trialRunStarted'] };

/** 第二十三条 验收主要检查……: the acceptance request or the acceptance. */
export const acceptance: Checkpoint = CHECKPOINTS.acceptance;
