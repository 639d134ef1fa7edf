/**
 * The events xichuan's articles tie materials to ("前" and "时" read with the
 * same-day convention of framework/checkpoint.ts).
 */
import { CHECKPOINTS, type Checkpoint } from '../../framework/checkpoint';

/** 第七条 报送……项目材料; 第十二条 “在项目规划阶段”. */
export const declaration: Checkpoint = CHECKPOINTS.declaration;

/** 第二十六条: the 可研、初设或实施方案 “中应当包括信息资源共享分析篇(章)”: when they are reviewed. */
export const designReview: Checkpoint = {
  label: '报审可行性研究报告、初步设计方案或实施方案',
  events: [],
  requests: ['feasibility', 'preliminaryDesign'],
  reviews: ['feasibility', 'preliminaryDesign'],
};

/** 第十八条 验收材料; 第十二条 “项目验收时”; 第三十三条 “作为项目验收的重要内容”. */
export const acceptance: Checkpoint = CHECKPOINTS.acceptance;
