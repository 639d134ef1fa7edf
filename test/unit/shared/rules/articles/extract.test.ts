import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGULATION_IDS } from '../../../../../shared/domain/regulations';
import { SOURCES, extract, generate, type SourceSpec } from '../../../../../scripts/extract-articles';
import { toChineseNumeral } from '../../../../../shared/rules/articles/numerals';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
/** The regulation texts, kept in the repository so a bare clone can check the modules. */
const REGULATIONS_DIR = fileURLToPath(new URL('../../../../../docs/regulations/', import.meta.url));

describe('the committed article modules', () => {
  it('are what the extractor makes of docs/regulations, byte for byte', () => {
    expect(
      existsSync(REGULATIONS_DIR),
      `the regulation texts must be at ${REGULATIONS_DIR} (docs/regulations in ${REPO_ROOT})`,
    ).toBe(true);
    const files = generate(REGULATIONS_DIR);
    expect(files.map((f) => f.regulation).sort()).toEqual([...REGULATION_IDS].sort());
    for (const file of files) {
      expect(existsSync(file.path), `${file.path} is missing: run npx tsx scripts/extract-articles.ts`).toBe(true);
      expect(readFileSync(file.path, 'utf8'), `${file.path} is out of date: run npx tsx scripts/extract-articles.ts`).toBe(
        file.content,
      );
    }
  });

  it('cover every regulation once', () => {
    expect(SOURCES.map((s) => s.regulation).sort()).toEqual([...REGULATION_IDS].sort());
  });
});

/** A small regulation in the shape of the scraped pages. */
const spec = (overrides: Partial<SourceSpec> = {}): SourceSpec => ({
  regulation: 'xichuan-2025',
  file: 'test.txt',
  title: '测试办法',
  ...overrides,
});

const page = (body: string): string =>
  ['首页 > 政策', '【打印】', '索引号：123', '关于印发测试办法的通知', '', '测试办法', '', body, '', '扫一扫在手机打开当前页'].join(
    '\n',
  );

describe('extract', () => {
  it('keeps the body only, normalises whitespace and joins lines broken mid-sentence', () => {
    const text = extract(
      spec(),
      page(
        [
          '第一章  总  则',
          '　　第一条  为规范 管理，制定本办法。',
          '第二条 项目应当符合下列要求：',
          '（一）统一使用政务云，不再分散运行和应',
          '',
          '用。',
          '(二) 数据 共享 。',
          '第二章 附 则',
          '第三条\u00a0本办法自印发之日起施行。',
        ].join('\n'),
      ),
    );
    expect(text.articles).toEqual([
      { number: 1, chapter: '第一章 总则', text: '为规范管理，制定本办法。' },
      {
        number: 2,
        chapter: '第一章 总则',
        text: '项目应当符合下列要求：\n（一）统一使用政务云，不再分散运行和应用。\n(二)数据共享。',
      },
      { number: 3, chapter: '第二章 附则', text: '本办法自印发之日起施行。' },
    ]);
    expect(text.attachments).toEqual([]);
  });

  it('reads an attachment list and the attachments’ own text', () => {
    const text = extract(
      spec(),
      page(['第一条 本办法自印发之日起施行。', '附件：1.流程图', '2.申报表', '项目名称：', '申报单位：', '文档附件：', 'x.doc'].join('\n')),
    );
    expect(text.attachments).toEqual([
      { number: 1, title: '流程图', text: null },
      { number: 2, title: '申报表', text: '项目名称：\n申报单位：' },
    ]);
  });

  it('applies repairs in order and checks them against the damaged numbers and topics', () => {
    const numbered = Array.from({ length: 21 }, (_, i) => `第${toChineseNumeral(i + 1)}条 条文${i + 1}。`);
    const body = ['第一章 总则', ...numbered, '第二十 乙。', '第二十 丙。', '丁未编号。'].join('\n');
    const repaired = extract(
      spec({
        damaged: { marker: /^第(?<prefix>二十|三十) /, numbers: [22, 23] },
        unnumbered: [{ number: 24, startsWith: '丁' }],
        topics: { 23: '丙' },
      }),
      page(body),
    );
    expect(repaired.articles.slice(-4).map((a) => [a.number, a.text])).toEqual([
      [21, '条文21。'],
      [22, '乙。'],
      [23, '丙。'],
      [24, '丁未编号。'],
    ]);
  });

  it.each<[string, Partial<SourceSpec>, string, RegExp]>([
    ['a damaged number without a repair', {}, '第一条 甲。\n第二 乙。', /no repair is configured/],
    ['a list-numbered paragraph without a repair', {}, '第一条 甲。\n1. 乙。', /no repair is configured/],
    [
      'a repair that does not fit the damaged number',
      { damaged: { marker: /^第(?<prefix>三十) /, numbers: [2] } },
      '第一条 甲。\n第三十 乙。',
      /does not fit/,
    ],
    ['a gap in the numbering', {}, '第一条 甲。\n第三条 乙。', /article 3 found where 2 was expected/],
    ['a repair left unused', { damaged: { marker: /^1\. /, numbers: [2] } }, '第一条 甲。', /repairs not used: 2/],
    ['a topic that does not match', { topics: { 1: '丙' } }, '第一条 甲。', /should contain 「丙」/],
    ['a chapter without a title', {}, '第一章\n第一条 甲。', /no title and no repair/],
    ['an article ending mid-sentence', {}, '第一条 甲', /ends mid-sentence/],
    ['articles cut off by the page furniture', {}, '第一条 甲。\n【关闭当前页面】\n第二条 乙。', /after the end of the body/],
  ])('refuses %s', (_, overrides, body, message) => {
    expect(() => extract(spec(overrides), page(body))).toThrow(message);
  });

  it('refuses a text whose title is not right before the body', () => {
    expect(() => extract(spec({ title: '别的办法' }), page('第一条 甲。'))).toThrow(/expected the title/);
  });
});
