/**
 * Extracts the articles of the five regulations from the scraped texts in the
 * regulations folder (input material, not shipped with the app) into generated
 * modules shared/rules/articles/<regulation-id>.ts, applying the article-number
 * repairs that folder's README.md lists.
 *
 *   npx tsx scripts/extract-articles.ts [path-to-regulations-folder] [--check]
 *
 * The folder defaults to docs/regulations in this repository: a copy of the
 * source texts and their README, so a clone with nothing beside it can check
 * the generated modules.
 * With --check nothing is written; the exit code is 1 when a committed module
 * differs from what the texts produce.
 *
 * The extractor is strict: every article number must come out 1..N in order,
 * every repair must be used exactly once and land on an article that carries
 * the README's topic words, and a line that looks like a damaged number but has
 * no repair stops the run. A changed source text therefore fails loudly rather
 * than shifting citations.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RegulationId } from '../shared/domain/regulations';
import type { Article, Attachment, RegulationText } from '../shared/rules/articles/index';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral, toChineseNumeral } from '../shared/rules/articles/numerals';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SOURCE_DIR = join(REPO_ROOT, 'docs/regulations');
export const OUTPUT_DIR = join(REPO_ROOT, 'shared/rules/articles');

/** How one source text is read. */
export interface SourceSpec {
  readonly regulation: RegulationId;
  /** File name inside the regulations folder. */
  readonly file: string;
  /** The regulation's title line, which stands right before its first chapter or article. */
  readonly title: string;
  /** Chapter headings whose title the scrape lost, by chapter number. */
  readonly chapterTitles?: Readonly<Record<number, string>>;
  /**
   * Paragraphs that begin with a damaged article number (such as `第二十 `), and
   * the repaired numbers, in order. A named group `prefix` in the marker must be
   * the start of the repaired number's numeral (二十 for 二十二).
   */
  readonly damaged?: { readonly marker: RegExp; readonly numbers: readonly number[] };
  /** Unnumbered paragraphs that begin an article of their own, found by their first words. */
  readonly unnumbered?: readonly { readonly number: number; readonly startsWith: string }[];
  /** Words a repaired article must contain: the topics the README names, as a guard. */
  readonly topics?: Readonly<Record<number, string>>;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The five texts, with the README's repairs. */
export const SOURCES: readonly SourceSpec[] = [
  {
    regulation: 'chenzhou-2022',
    file: '000_f0d3a491844b44de.txt',
    title: '郴州市本级财政投资类信息化项目管理暂行办法',
  },
  {
    regulation: 'xichuan-2025',
    file: '001_81854f069f6fefd9.txt',
    title: '淅川县政务信息化项目建设管理暂行办法',
    chapterTitles: { 1: '总则', 8: '附则' },
    // README: the `第二十 ` lines are 第二十二条…第二十八条, the `第三十 ` lines
    // 第三十一条…第三十七条, and in chapter 8 the first `第三十 ` is 第三十八条.
    damaged: { marker: /^第(?<prefix>二十|三十) /, numbers: [...range(22, 28), ...range(31, 38)] },
    unnumbered: [
      { number: 29, startsWith: '信息共享涉及国家秘密' },
      { number: 39, startsWith: '本办法未尽事宜' },
      { number: 40, startsWith: '本办法自印发之日起施行' },
    ],
    topics: {
      22: '运维费',
      23: '不予安排运维预算',
      24: '统筹协调',
      25: '以数据共享为原则',
      26: '信息资源共享分析篇',
      27: '长效机制',
      28: '政务信息系统基础目录清单',
      29: '国家秘密',
      31: '密码',
      32: '等级保护',
      33: '自主可靠',
      34: '监督管理',
      35: '监督检查',
      36: '违反本办法',
      37: '第三方',
      38: '涉及国家秘密',
      39: '未尽事宜',
      40: '施行',
    },
  },
  {
    regulation: 'laohekou-2024',
    file: '002_dbf74b83eb72b8c4.txt',
    title: '老河口市本级信息化和智慧城市项目管理办法',
  },
  {
    regulation: 'heze-2021',
    file: '003_030f53858ae29cc8.txt',
    title: '菏泽市市级政务信息化项目管理办法（试行）',
    topics: { 41: '有效期至2022年12月27日' },
  },
  {
    regulation: 'xunyang-2022',
    file: '004_2767cf6e7ce7cdff.txt',
    title: '浔阳区政务信息化建设项目管理办法',
    // README: the paragraphs numbered `1.` are 第四条, 第七条 and 第十条.
    damaged: { marker: /^1\. ?/, numbers: [4, 7, 10] },
    topics: { 4: '原则', 7: '9月底前', 10: '项目责任人' },
  },
];

// ---------------------------------------------------------------------------
// Text normalisation

/** CJK ideographs and full-width punctuation, including “”‘’, — and …. */
const CJK = '\\u2014\\u2018-\\u201f\\u2026\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'g');

/** Collapses every run of whitespace (including U+00A0 and U+3000) to one space and trims. */
function collapse(line: string): string {
  return line.replace(/[\s\u00a0\u3000\ufeff]+/g, ' ').trim();
}

/** Removes the spaces the scrape left next to Chinese characters ('责任 人' → '责任人'). */
function tidy(text: string): string {
  return collapse(text).replace(SPACE_NEXT_TO_CJK, '');
}

/** Whether a paragraph ends a sentence; one that does not was broken mid-sentence by the scrape. */
function endsSentence(paragraph: string): boolean {
  return /[。；;：:！!？?…][”’」』）)]*$/.test(paragraph);
}

// ---------------------------------------------------------------------------
// Line patterns

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const CHAPTER = new RegExp(`^第(${N})章(?: (.*))?$`);
const ARTICLE = new RegExp(`^第(${N})条 ?(.*)$`);
/** A number that lost its 条: `第二十 `. */
const DAMAGED_CHINESE = new RegExp(`^第${N} `);
/** A paragraph numbered like a list item in the body: `1.` — suspicious in a regulation's body. */
const DAMAGED_ARABIC = /^\d+[.．、]/;
const ATTACHMENTS = /^附件[：:] ?(.*)$/;
const ATTACHMENT_ENTRY = /^(\d+)[.．、] ?(.+)$/;
/** Web-page and print furniture after the body: the text ends at the first of these. */
const TRAILER = [
  /^文档附件/,
  /^扫一扫/,
  /^【(打印|关闭)/,
  /^抄送[：:]/,
  /^(打印|分享[：:]?|相关文章)$/,
  /\.(pdf|docx?|wps|xlsx?)(\]\(#\))?$/i,
];

// ---------------------------------------------------------------------------
// Extraction

export class ExtractError extends Error {
  constructor(spec: SourceSpec, message: string, lineNumber?: number) {
    super(`${spec.regulation} (${spec.file}${lineNumber === undefined ? '' : `:${lineNumber}`}): ${message}`);
    this.name = 'ExtractError';
  }
}

interface Line {
  readonly number: number;
  readonly text: string;
}

interface Draft {
  number: number;
  chapter: string | null;
  paragraphs: string[];
}

function addParagraph(paragraphs: string[], paragraph: string): void {
  const last = paragraphs.length - 1;
  const previous = paragraphs[last];
  if (previous !== undefined && !endsSentence(previous)) paragraphs[last] = previous + paragraph;
  else paragraphs.push(paragraph);
}

/** Parses one source text into its articles and attachments. */
export function extract(spec: SourceSpec, source: string): RegulationText {
  const lines: Line[] = source
    .split(/\r?\n/)
    .map((raw, i) => ({ number: i + 1, text: collapse(raw) }))
    .filter((line) => line.text !== '');

  // The body starts at the first chapter heading or 第一条, right after the title.
  const start = lines.findIndex((line) => CHAPTER.test(line.text) || /^第一条/.test(line.text));
  if (start < 0) throw new ExtractError(spec, 'no chapter heading or 第一条 found');
  const titleLine = lines[start - 1];
  if (titleLine === undefined || tidy(titleLine.text) !== spec.title) {
    throw new ExtractError(spec, `expected the title 「${spec.title}」 before the body`, titleLine?.number);
  }

  const drafts: Draft[] = [];
  const attachments: { number: number; title: string; paragraphs: string[] }[] = [];
  const damagedNumbers = [...(spec.damaged?.numbers ?? [])];
  const unnumbered = new Map((spec.unnumbered ?? []).map((u) => [u.startsWith, u.number]));
  const usedChapterRepairs = new Set<number>();
  let chapter: string | null = null;
  let chapterNumber = 0;
  let mode: 'body' | 'attachments' = 'body';
  let end = lines.length;

  const open = (line: Line, number: number, text: string): void => {
    const expected = (drafts.at(-1)?.number ?? 0) + 1;
    if (number !== expected) {
      throw new ExtractError(spec, `article ${number} found where ${expected} was expected`, line.number);
    }
    drafts.push({ number, chapter, paragraphs: text === '' ? [] : [text] });
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (TRAILER.some((pattern) => pattern.test(text))) {
      end = i;
      break;
    }

    if (mode === 'attachments') {
      const entry = ATTACHMENT_ENTRY.exec(text);
      if (entry) {
        attachments.push({ number: Number(entry[1]), title: tidy(entry[2]!), paragraphs: [] });
      } else {
        const current = attachments.at(-1);
        if (!current) throw new ExtractError(spec, `attachment text before any attachment title`, line.number);
        addParagraph(current.paragraphs, tidy(text));
      }
      continue;
    }

    const attachmentList = ATTACHMENTS.exec(text);
    if (attachmentList) {
      mode = 'attachments';
      const first = attachmentList[1] ?? '';
      const entry = ATTACHMENT_ENTRY.exec(first);
      if (first !== '' && !entry) throw new ExtractError(spec, `cannot read the attachment list 「${text}」`, line.number);
      if (entry) attachments.push({ number: Number(entry[1]), title: tidy(entry[2]!), paragraphs: [] });
      continue;
    }

    const heading = CHAPTER.exec(text);
    if (heading) {
      const number = parseChineseNumeral(heading[1]!);
      if (number !== chapterNumber + 1) {
        throw new ExtractError(spec, `chapter 「${text}」 found where chapter ${chapterNumber + 1} was expected`, line.number);
      }
      chapterNumber = number;
      const printed = tidy(heading[2] ?? '');
      const repaired = spec.chapterTitles?.[number];
      if (repaired !== undefined && printed !== '') {
        throw new ExtractError(spec, `chapter ${number} has a title 「${printed}」, but a repair is configured`, line.number);
      }
      if (repaired !== undefined) usedChapterRepairs.add(number);
      const title = repaired ?? printed;
      if (title === '') throw new ExtractError(spec, `chapter ${number} has no title and no repair`, line.number);
      chapter = `第${toChineseNumeral(number)}章 ${title}`;
      continue;
    }

    const numbered = ARTICLE.exec(text);
    if (numbered) {
      const number = parseChineseNumeral(numbered[1]!);
      if (number === null) throw new ExtractError(spec, `cannot read the article number in 「${text}」`, line.number);
      open(line, number, tidy(numbered[2] ?? ''));
      continue;
    }

    const damaged = spec.damaged?.marker.exec(text);
    if (damaged) {
      const number = damagedNumbers.shift();
      if (number === undefined) throw new ExtractError(spec, `more damaged numbers than repairs: 「${text}」`, line.number);
      const prefix = damaged.groups?.prefix;
      if (prefix !== undefined && !toChineseNumeral(number).startsWith(prefix)) {
        throw new ExtractError(spec, `repair ${number} does not fit the damaged number 第${prefix}`, line.number);
      }
      open(line, number, tidy(text.slice(damaged[0].length)));
      continue;
    }
    if (DAMAGED_CHINESE.test(text) || DAMAGED_ARABIC.test(text)) {
      throw new ExtractError(spec, `looks like a damaged article number, but no repair is configured: 「${text}」`, line.number);
    }

    const paragraph = tidy(text);
    const repairedNumber = [...unnumbered].find(([words]) => paragraph.startsWith(words));
    if (repairedNumber) {
      unnumbered.delete(repairedNumber[0]);
      open(line, repairedNumber[1], paragraph);
      continue;
    }

    const current = drafts.at(-1);
    if (!current) throw new ExtractError(spec, `text before the first article: 「${text}」`, line.number);
    addParagraph(current.paragraphs, paragraph);
  }

  // Checks: everything configured was used, nothing article-like was cut off.
  if (damagedNumbers.length > 0) throw new ExtractError(spec, `repairs not used: ${damagedNumbers.join(', ')}`);
  if (unnumbered.size > 0) throw new ExtractError(spec, `unnumbered articles not found: ${[...unnumbered.keys()].join(', ')}`);
  for (const number of Object.keys(spec.chapterTitles ?? {})) {
    if (!usedChapterRepairs.has(Number(number))) throw new ExtractError(spec, `chapter repair ${number} not used`);
  }
  for (const line of lines.slice(end)) {
    if (ARTICLE.test(line.text) || CHAPTER.test(line.text) || spec.damaged?.marker.test(line.text)) {
      throw new ExtractError(spec, `article text after the end of the body: 「${line.text}」`, line.number);
    }
  }

  const articles: Article[] = drafts.map((draft) => {
    if (draft.paragraphs.length === 0) throw new ExtractError(spec, `article ${draft.number} is empty`);
    const last = draft.paragraphs.at(-1)!;
    if (!endsSentence(last)) throw new ExtractError(spec, `article ${draft.number} ends mid-sentence: 「${last}」`);
    return { number: draft.number, chapter: draft.chapter, text: draft.paragraphs.join('\n') };
  });
  for (const [number, words] of Object.entries(spec.topics ?? {})) {
    const article = articles.find((a) => a.number === Number(number));
    if (!article?.text.includes(words)) {
      throw new ExtractError(spec, `article ${number} should contain 「${words}」 but reads 「${article?.text ?? '(missing)'}」`);
    }
  }

  const attachmentTexts: Attachment[] = attachments.map((a, i) => {
    if (a.number !== i + 1) throw new ExtractError(spec, `attachment ${a.number} found where ${i + 1} was expected`);
    return { number: a.number, title: a.title, text: a.paragraphs.length === 0 ? null : a.paragraphs.join('\n') };
  });

  return { regulation: spec.regulation, title: spec.title, articles, attachments: attachmentTexts };
}

// ---------------------------------------------------------------------------
// Output

function quote(text: string): string {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

/** The generated TypeScript module for one regulation. */
export function render(spec: SourceSpec, source: string): string {
  const data = extract(spec, source);
  const sha256 = createHash('sha256').update(source).digest('hex');
  const out: string[] = [
    '// GENERATED FILE — DO NOT EDIT.',
    '// Generated by scripts/extract-articles.ts',
    `// from docs/regulations/${spec.file} (sha256 ${sha256}),`,
    '// the input texts kept in docs/regulations (not shipped), with the article',
    '// numbering repaired as docs/regulations/README.md says.',
    '// To change it, change the extractor and run: npx tsx scripts/extract-articles.ts',
    "import type { RegulationText } from './index';",
    '',
    'export const articles: RegulationText = {',
    `  regulation: ${quote(data.regulation)},`,
    `  title: ${quote(data.title)},`,
    '  articles: [',
  ];
  for (const article of data.articles) {
    out.push(
      '    {',
      `      number: ${article.number},`,
      `      chapter: ${article.chapter === null ? 'null' : quote(article.chapter)},`,
      `      text: ${quote(article.text)},`,
      '    },',
    );
  }
  out.push('  ],', data.attachments.length === 0 ? '  attachments: [],' : '  attachments: [');
  for (const attachment of data.attachments) {
    out.push(
      '    {',
      `      number: ${attachment.number},`,
      `      title: ${quote(attachment.title)},`,
      `      text: ${attachment.text === null ? 'null' : quote(attachment.text)},`,
      '    },',
    );
  }
  if (data.attachments.length > 0) out.push('  ],');
  out.push('};', '');
  return out.join('\n');
}

export interface GeneratedFile {
  readonly regulation: RegulationId;
  /** Absolute path of the module to write. */
  readonly path: string;
  readonly content: string;
}

/** Reads every source text in the folder and renders its module. */
export function generate(sourceDir: string = DEFAULT_SOURCE_DIR): GeneratedFile[] {
  if (!existsSync(sourceDir)) throw new Error(`regulations folder not found: ${sourceDir}`);
  return SOURCES.map((spec) => ({
    regulation: spec.regulation,
    path: join(OUTPUT_DIR, `${spec.regulation}.ts`),
    content: render(spec, readFileSync(join(sourceDir, spec.file), 'utf8')),
  }));
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const dirArg = argv.find((arg) => !arg.startsWith('--'));
  const sourceDir = dirArg === undefined ? DEFAULT_SOURCE_DIR : resolve(dirArg);
  let stale = 0;
  for (const file of generate(sourceDir)) {
    const current = existsSync(file.path) ? readFileSync(file.path, 'utf8') : null;
    const shown = relative(REPO_ROOT, file.path);
    if (current === file.content) {
      console.log(`unchanged ${shown}`);
    } else if (check) {
      stale++;
      console.error(`out of date ${shown}`);
    } else {
      writeFileSync(file.path, file.content, 'utf8');
      console.log(`wrote ${shown}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
