/** Rows and words several forms share. */
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, MLPS_LEVEL_LABELS, type MlpsLevel } from '../../../../shared/domain/enums';
import type { Project } from '../../../../shared/domain/project';
import { label, spanning, value, wanYuan, type Cell } from '../layout';
import { eventsOf, type ProjectBundle } from '../data';

/** ■ chosen, □ not: the boxes printed forms tick. */
export const tick = (on: boolean, text: string): string => `${on ? '■' : '□'}${text}`;

/** "上级资金 200.00 万元、本级财政资金 180.00 万元". */
export function fundingText(project: Project): string {
  const parts = FUNDING_SOURCES.filter((source) => project.funding[source] > 0).map(
    (source) => `${FUNDING_SOURCE_LABELS[source]} ${wanYuan(project.funding[source])} 万元`,
  );
  return parts.join('、');
}

/** The sources with money, by name only ("上级资金、本级财政资金"). */
export function fundingChannels(project: Project): string {
  return FUNDING_SOURCES.filter((source) => project.funding[source] > 0)
    .map((source) => FUNDING_SOURCE_LABELS[source])
    .join('、');
}

export function mlpsText(level: number): string {
  return MLPS_LEVEL_LABELS[level as MlpsLevel] ?? '未定级';
}

/** The latest approving decision's document number (批复文号), if recorded. */
export function approvalDocumentNo(bundle: ProjectBundle): string {
  const approved = eventsOf(bundle, 'review').filter((event) => event.outcome === 'approved' && event.documentNo);
  return approved.at(-1)?.documentNo ?? '';
}

/** "7.89%": part of a whole as a percentage, rounded half up to two decimals. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '';
  return `${(Math.round((part * 10_000) / whole) / 100).toFixed(2)}%`;
}

/** One row of a four-column form: a label and a value across three columns, or two label–value pairs. */
export function formRow(caption: string, text: string, captionRight?: string, textRight?: string): Cell[] {
  return captionRight === undefined
    ? [label(caption), ...spanning(value(text), 3)]
    : [label(caption), value(text), label(captionRight), value(textRight ?? '')];
}
