/**
 * 建设内容调整备案表 (xichuan-2025 第十七条; the plain 调整表 elsewhere): one
 * page per recorded 建设内容调整 (`changeRequested`), with the procedures done
 * for it (`changeApproved` with the same change id). With no change recorded
 * it prints blank, to be filled in by hand. The 情形 and the opinion rows are
 * the regulation's (the profile's); the plain form lists the reasons neutrally.
 */
import type { Content } from 'pdfmake/interfaces';
import type { FormChecklist } from '../../../../shared/domain/forms';
import {
  CHANGE_APPROVAL_LABELS,
  CHANGE_APPROVALS,
  CHANGE_REASON_LABELS,
  CHANGE_REASONS,
  type EventOf,
} from '../../../../shared/domain/lifecycle-events';
import { eventsOf, type ProjectBundle } from '../data';
import {
  basisNote,
  chineseDate,
  filingLine,
  grid,
  label,
  mm,
  opinionRow,
  roomy,
  signatureBoxes,
  SIZE,
  spanning,
  title,
  value,
  wanYuan,
  type Cell,
} from '../layout';
import { formRow as row, percent, tick } from './common';
import { checklistCaption, opinionRows } from './checks';
import { subjectOf, type FormModule } from './form';

type Change = EventOf<'changeRequested'>;

/** "36.00 万元", or the unit alone for the hand to fill in. */
const amount = (fen: number | undefined): string => (fen === undefined ? '\u3000\u3000\u3000\u3000万元' : `${wanYuan(fen)} 万元`);

/** "■技术审查部门出具意见（2026年5月8日）", every procedure, ticked when recorded. */
function procedures(bundle: ProjectBundle, change: Change | null): string {
  const done = new Map<string, string>();
  if (change) {
    for (const event of eventsOf(bundle, 'changeApproved')) {
      if (event.changeId !== change.changeId) continue;
      for (const approval of event.approvals) if (!done.has(approval)) done.set(approval, event.date);
    }
  }
  return CHANGE_APPROVALS.map((approval) => {
    const day = done.get(approval);
    return tick(day !== undefined, `${CHANGE_APPROVAL_LABELS[approval]}${day ? `（${chineseDate(day)}）` : ''}`);
  }).join('\n');
}

function page(bundle: ProjectBundle, change: Change | null, data: Parameters<FormModule['build']>[0], first: boolean): Content[] {
  const { project, attributes } = bundle;
  const estimate = attributes.approvedEstimateFen;
  const { form } = data;
  // The regulation's 情形 when it lists them (ticked by the change's reason), else the neutral reasons.
  const lists: FormChecklist[] =
    form.checklists.length > 0
      ? [...form.checklists]
      : [{ caption: '调整情形', items: CHANGE_REASONS.map((reason) => ({ text: CHANGE_REASON_LABELS[reason], changeReason: reason })) }];
  const situationRows = lists.map((list): Cell[] => [
    label(checklistCaption(list)),
    ...spanning(value(list.items.map((item) => tick(change !== null && item.changeReason === change.reason, item.text)).join('\n'), { fontSize: SIZE.xiaoWu }), 3),
  ]);
  const body: Cell[][] = [
    row('项目名称', project.name),
    row('建设单位', project.unitName, '调整编号', change?.changeId ?? ''),
    row('项目负责人', project.contactPerson, '联系电话', project.contactPhone),
    row('概算批复总投资', amount(estimate), '调整后总投资', amount(change?.totalAfterFen)),
    row('资金调整数额', amount(change?.adjustmentFen), '占概算总投资比例', change && estimate ? percent(change.adjustmentFen, estimate) : ''),
    row('建设目标', change ? tick(change.goalsUnchanged, '不变\u3000') + tick(!change.goalsUnchanged, '有变化') : '□不变\u3000□有变化', '提出调整日期', chineseDate(change?.date)),
    ...situationRows,
    [label('调整内容及理由'), ...spanning(roomy(change?.summary || change?.note || '', mm(8)), 3)],
    row('已履行手续', procedures(bundle, change)),
    ...(form.opinions.length > 0 ? opinionRows(form, mm(12)) : [opinionRow('审批部门意见', '', '（盖章）', mm(12))]),
  ];
  const note = basisNote(form.basis);
  return [
    ...title(form.title).map((block, index) => (index === 0 && !first ? ({ ...(block as object), pageBreak: 'before' } as Content) : block)),
    filingLine(form.defined ? '备案单位' : '填报单位', data.header.office.name, data.header.day),
    grid(body, { widths: [mm(32), '*', mm(30), '*'], fontSize: SIZE.wu }),
    ...(note ? [note] : []),
    signatureBoxes(data.header.office.name, data.header.day, SIZE.wu),
  ];
}

export const changeFiling: FormModule = {
  orientation: 'portrait',
  build(data) {
    const bundle = subjectOf(data);
    const changes = eventsOf(bundle, 'changeRequested');
    if (changes.length === 0) return page(bundle, null, data, true);
    return changes.flatMap((change, index) => page(bundle, change, data, index === 0));
  },
};
