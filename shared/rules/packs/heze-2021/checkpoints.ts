/**
 * The events heze's articles tie obligations to. "前" is read with the same-day
 * convention of framework/checkpoint.ts: done on the day of the event is in time.
 */
import type { Checkpoint } from '../../framework/checkpoint';

/**
 * 第八条 “在报市大数据局立项前”, 第二十七条 “提出立项申请前”: the 立项 application is the
 * declaration to 市大数据局 (第九条 申报内容, 第十条 评审申报的项目), or a request
 * for its review or for 立项 recorded before it.
 */
export const establishmentRequest: Checkpoint = {
  label: '报市大数据局立项（提出立项申请）',
  events: ['declarationSubmitted'],
  requests: ['technical', 'establishment'],
};

/** 第十二条 “组织申报前”: declaring to the 国家有关部委、省直有关部门. */
export const superiorDeclaration: Checkpoint = { label: '向上级部门组织申报', events: ['declarationSubmitted'] };

/** 第九条 申报内容. */
export const declaration: Checkpoint = { label: '申报', events: ['declarationSubmitted'] };

/** 第三十三条 “作为项目验收的重要内容”: the acceptance request or the acceptance, whichever is first. */
export const acceptance: Checkpoint = {
  label: '验收（提出验收申请或组织验收）',
  events: ['finalAcceptanceApplied', 'acceptanceHeld', 'finalAcceptancePassed', 'finalAcceptanceFailed'],
  requests: ['acceptanceApplication'],
};
