/**
 * The page and the building blocks every form shares, after GB/T 9704-2012
 * 《党政机关公文格式》 where it applies: A4, 天头 37 mm, 订口 28 mm, 版心
 * 156 × 225 mm (so right 26 mm, bottom 35 mm), title in 2号 (22 pt) bold,
 * body in 3号 (16 pt) — dense tables use 4号/小4/5号, as printed forms do —
 * page numbers "— 1 —" in 4号, 7 mm below the 版心, centred.
 *
 * Landscape pages (wide 清单 and 汇总表) keep the sheet's margins: the table
 * head lies on the binding edge, so top 28, right 37, bottom 26, left 35 mm.
 */
import type { Content, ContentTable, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Day } from '../../../shared/domain/day';
import type { FormBasis } from '../../../shared/domain/forms';
import { fenToWanYuan } from '../../../shared/domain/money';
import { articleLabel, REGULATION_TEXTS } from '../../../shared/rules/articles';
import { FONT_FAMILY } from './fonts';

export const mm = (value: number): number => (value * 72) / 25.4;

/** Chinese type sizes (字号) in points. */
export const SIZE = { er: 22, xiaoEr: 18, san: 16, xiaoSan: 15, si: 14, xiaoSi: 12, wu: 10.5, xiaoWu: 9 } as const;

export type Orientation = 'portrait' | 'landscape';

/** [left, top, right, bottom] in points. */
export function pageMargins(orientation: Orientation): [number, number, number, number] {
  return orientation === 'portrait' ? [mm(28), mm(37), mm(26), mm(35)] : [mm(35), mm(28), mm(37), mm(26)];
}

/** Width of the 版心 in points (156 mm portrait, 225 mm landscape). */
export function textWidth(orientation: Orientation): number {
  const [left, , right] = pageMargins(orientation);
  return (orientation === 'portrait' ? mm(210) : mm(297)) - left - right;
}

/** "2026年11月24日": Arabic numerals, no leading zeros (GB/T 9704 7.3.5.3). */
export function chineseDate(day: Day | null | undefined): string {
  if (!day) return '';
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** Fen as 万元 with two decimals; blank for an unknown amount. */
export function wanYuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : fenToWanYuan(fen);
}

/** 《淅川县政务信息化项目建设管理暂行办法》第十七条（附件2）. */
export function basisLabel(basis: Pick<FormBasis, 'regulation' | 'article' | 'attachment'>): string {
  const attachment = basis.attachment === undefined ? '' : `（附件${basis.attachment}）`;
  return `《${REGULATION_TEXTS[basis.regulation].title}》${articleLabel(basis.article)}${attachment}`;
}

// ——— blocks ———

export function attachmentMark(number: number): Content {
  return { text: `附件${number}`, fontSize: SIZE.san, bold: true, margin: [0, 0, 0, mm(2)] };
}

export function title(text: string, subtitle?: string): Content[] {
  const blocks: Content[] = [{ text, fontSize: SIZE.er, bold: true, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, subtitle ? mm(2) : mm(4)] }];
  if (subtitle) blocks.push({ text: subtitle, fontSize: SIZE.si, alignment: 'center', margin: [0, 0, 0, mm(5)] });
  return blocks;
}

/** The line under the title: who files it, and when (the document's date, Beijing time). */
export function filingLine(officeLabel: string, officeName: string, day: Day, dateLabel = '填报日期'): Content {
  return {
    columns: [
      { text: `${officeLabel}：${officeName}`, width: '*' },
      { text: `${dateLabel}：${chineseDate(day)}`, width: 'auto', alignment: 'right' },
    ],
    fontSize: SIZE.xiaoSi,
    margin: [0, 0, 0, mm(2)],
  };
}

export function heading(text: string): Content {
  return { text, fontSize: SIZE.si, bold: true, margin: [0, mm(3), 0, mm(2)] };
}

export function paragraph(text: string, fontSize: number = SIZE.xiaoSi): Content {
  // 首行缩进二字, as official prose is set (pdfmake trims leading spaces, so an indent, not \u3000\u3000).
  return { text, fontSize, leadingIndent: fontSize * 2, lineHeight: 1.5, margin: [0, 0, 0, mm(1)] };
}

/** A line set flush left: a salutation ("市城市运行管理中心：") or a heading inside prose. */
export function line(text: string, fontSize: number = SIZE.xiaoSi): Content {
  return { text, fontSize, lineHeight: 1.5 };
}

export function note(text: string): Content {
  return { text, fontSize: SIZE.wu, lineHeight: 1.3, margin: [0, mm(2), 0, 0] };
}

/** "依据：《…》第十七条": the articles that prescribe the form (else those it serves). */
export function basisNote(bases: readonly FormBasis[]): Content | null {
  const prescribing = bases.filter((basis) => basis.relation === 'prescribes');
  const shown = prescribing.length > 0 ? prescribing : bases;
  return shown.length === 0 ? null : note(`依据：${shown.map(basisLabel).join('；')}。`);
}

const CELL_PADDING = 8;
const RULE = 0.75;

/** Every line ruled, 0.75 pt, as printed forms are. */
export const RULED: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => CELL_PADDING / 2,
  paddingRight: () => CELL_PADDING / 2,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export type Cell = TableCell;

export function label(text: string, extra: Record<string, unknown> = {}): Cell {
  return { text, alignment: 'center', verticalAlignment: 'middle', ...extra } as Cell;
}

export function value(text: string | null | undefined, extra: Record<string, unknown> = {}): Cell {
  return { text: text ?? '', verticalAlignment: 'middle', ...extra } as Cell;
}

/** A cell across `span` columns; pdfmake wants the covered cells present and empty. */
export function spanning(cell: Cell, span: number): Cell[] {
  return [{ ...(cell as object), colSpan: span } as Cell, ...Array.from({ length: span - 1 }, () => ({}) as Cell)];
}

export interface GridOptions {
  /** Points, or '*' for an equal share of what is left. */
  widths: (number | '*')[];
  headerRows?: number;
  fontSize?: number;
  heights?: number | ((row: number) => number | 'auto');
  /** The width to fill (default: the portrait 版心). */
  total?: number;
}

/**
 * '*' resolved to points here, not by pdfmake: pdfmake widens a star column
 * to its longest unbreakable run, and UAX 14 forbids breaks around “quotes”,
 * so Chinese text with quotes pushed tables past the 版心. With fixed widths
 * pdfmake breaks such a run inside instead.
 */
export function resolveWidths(widths: readonly (number | '*')[], total: number): number[] {
  const fixed = widths.reduce<number>((sum, width) => sum + (width === '*' ? 0 : width), 0);
  const stars = widths.filter((width) => width === '*').length;
  const chrome = widths.length * CELL_PADDING + (widths.length + 1) * RULE;
  const share = stars === 0 ? 0 : Math.max(20, (total - fixed - chrome) / stars);
  return widths.map((width) => (width === '*' ? share : width));
}

export function grid(body: Cell[][], options: GridOptions): ContentTable {
  const widths = resolveWidths(options.widths, options.total ?? textWidth('portrait'));
  return {
    table: { widths, body, headerRows: options.headerRows ?? 0, dontBreakRows: true, heights: options.heights },
    layout: RULED,
    fontSize: options.fontSize ?? SIZE.xiaoSi,
  } as ContentTable;
}

/** Label–value rows of a form; a row of two pairs uses four columns. */
export type FieldRow = [string, string] | [string, string, string, string];

export function fieldTable(rows: readonly FieldRow[], fontSize: number = SIZE.xiaoSi, labelWidth = mm(30)): ContentTable {
  const body = rows.map((row) =>
    row.length === 2 ? [label(row[0]), ...spanning(value(row[1]), 3)] : [label(row[0]), value(row[1]), label(row[2]), value(row[3])],
  );
  return grid(body, { widths: [labelWidth, '*', labelWidth, '*'], fontSize });
}

/** Text, then blank room below it for handwriting: at least `height` in all. */
export function roomy(text: string, height: number): Cell {
  return { stack: [{ text: text || ' ' }, { text: ' ', margin: [0, Math.max(0, height - 14), 0, 0] }] } as Cell;
}

/** A tall cell for a written opinion: the opinion (or blank), then 盖章 and the date line at the foot. */
export function opinionRow(caption: string, text = '', signature = '（盖章）', height = mm(24)): Cell[] {
  return [
    label(caption),
    ...spanning(
      {
        stack: [
          { text: text || ' ' },
          { text: `${signature}\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`, alignment: 'right', margin: [0, Math.max(0, height - 28), 0, 0] },
        ],
      } as Cell,
      3,
    ),
  ];
}

/** 单位（盖章） / 负责人（签字） / 日期: room for the stamp (≈ 42 mm across) and a signature. */
export function signatureBoxes(officeName: string, day: Day, fontSize: number = SIZE.xiaoSi, total = textWidth('portrait')): Content {
  const box = (caption: string, foot: string): Cell => ({
    fontSize,
    stack: [
      { text: caption, bold: true },
      { text: ' ', margin: [0, mm(6), 0, 0] },
      { text: foot, alignment: 'center' },
    ],
  });
  return {
    ...grid([[box('单位（盖章）', officeName), box('负责人（签字）', ''), box('日期', chineseDate(day))]], { widths: ['*', '*', '*'], fontSize, total }),
    unbreakable: true,
    margin: [0, mm(2), 0, 0],
  } as Content;
}

export interface PageSetup {
  title: string;
  orientation: Orientation;
  /** 正文字号; forms default to 小4. */
  bodySize?: number;
  /** Author / subject metadata. */
  author: string;
  subject: string;
  /** The document's date (ISO timestamp): written as the PDF's creation date, so output is reproducible. */
  createdAt: string;
}

/** The whole definition: page, font, metadata and "— n —" page numbers. `onPages` learns the page count. */
export function documentDefinition(setup: PageSetup, content: Content[], onPages: (count: number) => void): TDocumentDefinitions {
  const margins = pageMargins(setup.orientation);
  return {
    pageSize: 'A4',
    pageOrientation: setup.orientation,
    pageMargins: margins,
    info: { title: setup.title, author: setup.author, subject: setup.subject, creator: '政务信息化项目管理台', producer: 'govit-desk (pdfmake)', creationDate: new Date(setup.createdAt) },
    defaultStyle: { font: FONT_FAMILY, fontSize: setup.bodySize ?? SIZE.xiaoSi, lineHeight: 1.15 },
    content,
    footer: (currentPage: number, pageCount: number) => {
      onPages(pageCount);
      return { text: `— ${currentPage} —`, alignment: 'center', fontSize: SIZE.si, margin: [margins[0], mm(7), margins[2], 0] };
    },
  } as TDocumentDefinitions;
}
