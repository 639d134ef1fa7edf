/**
 * A profile's checklists and opinion rows on the page: each item ticked where
 * the register shows it (its materials attached, its fact true), left open
 * for the hand otherwise.
 */
import type { FormCheck, FormChecklist, FormFact, FormProfile } from '../../../../shared/domain/forms';
import { MATERIAL_LABELS } from '../../../../shared/domain/materials';
import { articleLabel } from '../../../../shared/rules/articles';
import { eventsOf, hasMaterial, lastEvent, type ProjectBundle } from '../data';
import { label, mm, opinionRow, SIZE, spanning, value, type Cell } from '../layout';
import { tick } from './common';

export function factHolds(bundle: ProjectBundle, fact: FormFact): boolean {
  const { project, attributes, compliance } = bundle;
  const preliminary = lastEvent(bundle, 'preliminaryAcceptance');
  switch (fact) {
    case 'completed':
      return eventsOf(bundle, 'completed').length > 0;
    case 'preliminaryPassed':
      return Boolean(preliminary?.passed);
    case 'preliminaryAndTrialRun':
      return Boolean(preliminary?.passed) && eventsOf(bundle, 'trialRunStarted').length > 0;
    case 'contractFulfilled':
      return compliance.contractObligationsFulfilled === true;
    case 'govCloud':
      return project.cloudDeployment === 'govCloud';
    case 'dataShared':
      return project.dataSharing === 'shared';
    case 'govCloudAndShared':
      return project.cloudDeployment === 'govCloud' && project.dataSharing === 'shared';
    case 'platformChecks':
      return (!attributes.platformProject || hasMaterial(bundle, 'softwareTestReport')) && (!attributes.collectsData || hasMaterial(bundle, 'dataQualityReport'));
    case 'keyProductsDomestic':
      return compliance.keyProductsDomestic === 'all';
    case 'cryptoPlanned':
      return project.cryptoPlan !== 'none';
  }
}

/** Ticked when the register shows the item met; an item with neither materials nor a fact stays open. */
export function checkMet(bundle: ProjectBundle | null, item: FormCheck): boolean {
  if (!bundle || (!item.materials?.length && !item.fact)) return false;
  return (item.materials ?? []).every((code) => hasMaterial(bundle, code)) && (!item.fact || factHolds(bundle, item.fact));
}

/** The article shared by every item of the list, if they share one. */
function commonArticle(list: FormChecklist): number | undefined {
  const first = list.items[0]?.article;
  return first !== undefined && list.items.every((item) => item.article === first) ? first : undefined;
}

/** "■（一）完成全部建设内容…" one to a line; an item's own article follows it unless the caption carries it. */
export function checklistText(bundle: ProjectBundle | null, list: FormChecklist): string {
  const shared = commonArticle(list);
  return list.items
    .map((item) => tick(checkMet(bundle, item), item.article !== undefined && shared === undefined ? `${item.text}（${articleLabel(item.article)}）` : item.text))
    .join('\n');
}

export function checklistCaption(list: FormChecklist): string {
  const shared = commonArticle(list);
  return shared === undefined ? list.caption : `${list.caption}（${articleLabel(shared)}）`;
}

/** Each checklist as a row of a four-column form: caption, then the ticks across three columns. */
export function checklistRows(bundle: ProjectBundle | null, profile: FormProfile, fontSize: number = SIZE.xiaoWu): Cell[][] {
  return profile.checklists.map((list) => [label(checklistCaption(list)), ...spanning(value(checklistText(bundle, list), { fontSize }), 3)]);
}

/** "■项目建设总结  □审计报告 …", two to a line. */
export function materialTicks(bundle: ProjectBundle | null, materials: FormProfile['materials']): string {
  const ticks = materials.map((code) => tick(bundle !== null && hasMaterial(bundle, code), MATERIAL_LABELS[code]));
  const lines: string[] = [];
  for (let index = 0; index < ticks.length; index += 2) lines.push(ticks.slice(index, index + 2).join('\u3000\u3000'));
  return lines.join('\n');
}

/** The materials row, when the profile lists any. */
export function materialRows(bundle: ProjectBundle | null, profile: FormProfile, caption = '验收材料'): Cell[][] {
  return profile.materials.length === 0 ? [] : [[label(caption), ...spanning(value(materialTicks(bundle, profile.materials), { fontSize: SIZE.xiaoWu }), 3)]];
}

/** The profile's opinion rows, each `height` tall. */
export function opinionRows(profile: FormProfile, height = mm(16)): Cell[][] {
  return profile.opinions.map((opinion) => opinionRow(opinion.caption, opinion.prompt ?? '', '（盖章）', height));
}

/** "市财政局、市城市运行管理中心". */
export const bodyList = (names: readonly string[]): string => names.join('、');
