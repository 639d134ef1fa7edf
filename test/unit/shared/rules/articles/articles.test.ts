import { describe, expect, it } from 'vitest';
import { REGULATION_IDS, type RegulationId } from '../../../../../shared/domain/regulations';
import {
  REGULATION_TEXTS,
  articleLabel,
  articleNumbers,
  articleText,
  findArticle,
} from '../../../../../shared/rules/articles/index';

/** Articles per regulation, as extracted (xichuan-2025: 40 per the README). */
const ARTICLE_COUNTS: Record<RegulationId, number> = {
  'chenzhou-2022': 22,
  'xichuan-2025': 40,
  'laohekou-2024': 30,
  'heze-2021': 41,
  'xunyang-2022': 27,
};

const TITLES: Record<RegulationId, string> = {
  'chenzhou-2022': '郴州市本级财政投资类信息化项目管理暂行办法',
  'xichuan-2025': '淅川县政务信息化项目建设管理暂行办法',
  'laohekou-2024': '老河口市本级信息化和智慧城市项目管理办法',
  'heze-2021': '菏泽市市级政务信息化项目管理办法（试行）',
  'xunyang-2022': '浔阳区政务信息化建设项目管理办法',
};

const CHAPTERS: Record<RegulationId, string[]> = {
  'chenzhou-2022': [
    '第一章 总则',
    '第二章 项目申报与评审管理',
    '第三章 项目建设管理',
    '第四章 验收管理',
    '第五章 监督管理',
    '第六章 附则',
  ],
  'xichuan-2025': [
    '第一章 总则',
    '第二章 项目申报与审批管理',
    '第三章 项目建设和资金管理',
    '第四章 运行维护',
    '第五章 信息资源共享管理',
    '第六章 网络与信息安全管理',
    '第七章 监督管理',
    '第八章 附则',
  ],
  'laohekou-2024': [
    '第一章 总则',
    '第二章 统一规划评估',
    '第三章 统一技术评审',
    '第四章 规范建设',
    '第五章 统一监理',
    '第六章 统一验收',
    '第七章 统一绩效评价',
    '第八章 附则',
  ],
  'heze-2021': [
    '第一章 总则',
    '第二章 规划和审批管理',
    '第三章 建设和资金管理',
    '第四章 信息资源共享管理',
    '第五章 网络与信息安全管理',
    '第六章 监督管理',
    '第七章 附则',
  ],
  'xunyang-2022': [
    '第一章 总则',
    '第二章 规划和审批',
    '第三章 建设和资金管理',
    '第四章 项目验收',
    '第五章 安全职责',
    '第六章 监督问责',
    '第七章 附则',
  ],
};

/** Words from the web pages and print furniture around the regulations; none may reach an article. */
const BOILERPLATE = ['【打印】', '【关闭', '扫一扫', '索引号', '索 引 号', '抄送：', '.pdf', '.doc', '网站', '主办单位', '相关文章', '印发给你们'];

/** Spot checks: an article starts with these words (the repaired ones first). */
const STARTS: [RegulationId, number, string][] = [
  // xichuan: the `第二十 ` lines are 第二十二条…第二十八条, then an unnumbered 第二十九条.
  ['xichuan-2025', 22, '政务信息化项目运维费须经县行政审批和政务信息管理局审核'],
  ['xichuan-2025', 23, '存在以下情况的,不予安排运维预算'],
  ['xichuan-2025', 24, '县行政审批和政务信息管理局负责政务信息资源共享工作的统筹协调'],
  ['xichuan-2025', 25, '政务信息化项目以数据共享为原则,不共享为例外'],
  ['xichuan-2025', 26, '项目可行性研究报告、初步设计方案或实施方案中应当包括信息资源共享分析篇'],
  ['xichuan-2025', 27, '项目运行使用阶段,项目建设单位应当建立共享信息目录'],
  ['xichuan-2025', 28, '项目建设单位应当每年编制本部门政务信息系统基础目录清单'],
  ['xichuan-2025', 29, '信息共享涉及国家秘密和安全的'],
  ['xichuan-2025', 30, '项目建设单位应当按照《中华人民共和国网络安全法》'],
  // xichuan: the `第三十 ` lines are 第三十一条…第三十七条 and, in chapter 8, 第三十八条.
  ['xichuan-2025', 31, '项目建设单位应当按照《中华人民共和国密码法》'],
  ['xichuan-2025', 32, '项目建设单位应当按照国家和省关于网络与信息安全风险评估'],
  ['xichuan-2025', 33, '项目建设单位应当优先采购自主可靠的信息安全设备'],
  ['xichuan-2025', 34, '项目建设单位应当接受县发改委、县财政局'],
  ['xichuan-2025', 35, '县发改委和县财政局、县行政审批和政务信息管理局及有关部门应对政务信息化项目的实施和运行进行监督检查'],
  ['xichuan-2025', 36, '对项目建设单位违反本办法规定的'],
  ['xichuan-2025', 37, '县行政审批和政务信息管理局根据工作需要可组织专业第三方评估机构'],
  ['xichuan-2025', 38, '涉及国家秘密的信息化项目建设'],
  ['xichuan-2025', 39, '本办法未尽事宜'],
  ['xichuan-2025', 40, '本办法自印发之日起施行,试行期两年。'],
  ['xichuan-2025', 21, '政务信息化项目的运行维护方式可采取项目建设单位自管'],
  // xunyang: the paragraphs numbered `1.` are 第四条, 第七条, 第十条.
  ['xunyang-2022', 4, '政务信息化项目建设应遵循统筹规划、互联互通、资源共享和安全可靠的原则'],
  ['xunyang-2022', 7, '区信息办组织项目年度申报工作，项目建设使用单位于每年9月底前须提交下一个年度项目申报表和项目建议书'],
  ['xunyang-2022', 10, '项目建设单位应当确定项目责任人'],
  ['xunyang-2022', 5, '成立区政务信息化建设项目领导小组'],
  ['xunyang-2022', 8, '区信息办根据收集到的项目建议书'],
  ['xunyang-2022', 11, '项目建设原则上要依托全区政务信息网'],
  // heze: 第四十一条 sets the end of validity.
  ['heze-2021', 41, '本办法自印发之日起施行，有效期至2022年12月27日。'],
  ['heze-2021', 16, '项目建设单位要按照政府采购有关法律法规'],
  ['heze-2021', 23, '项目建设单位应在完成项目建设任务后半年内'],
  ['chenzhou-2022', 6, '项目建设单位按照本办法，原则上每年度末向领导小组办公室申报下一年度信息化项目'],
  ['chenzhou-2022', 22, '本办法自印发之日起施行。'],
  ['laohekou-2024', 18, '市直各部门应当在信息化项目确定中标结果的5个工作日内'],
  ['laohekou-2024', 30, '本办法自印发之日起施行,有效期5年。'],
];

describe.each(REGULATION_IDS)('%s', (regulation) => {
  const text = REGULATION_TEXTS[regulation];

  it('is the text of that regulation, under its own title', () => {
    expect(text.regulation).toBe(regulation);
    expect(text.title).toBe(TITLES[regulation]);
  });

  it(`numbers its articles 1..${ARTICLE_COUNTS[regulation]} without gaps or duplicates`, () => {
    const expected = Array.from({ length: ARTICLE_COUNTS[regulation] }, (_, i) => i + 1);
    expect(text.articles.map((a) => a.number)).toEqual(expected);
    expect(articleNumbers(regulation)).toEqual(expected);
  });

  it('puts every article under a chapter, the chapters in order', () => {
    const seen = [...new Set(text.articles.map((a) => a.chapter))];
    expect(seen).toEqual(CHAPTERS[regulation]);
  });

  it('keeps only the words of the articles, whitespace normalised', () => {
    for (const article of text.articles) {
      const where = `${regulation} ${articleLabel(article.number)}`;
      expect(article.text, where).not.toBe('');
      expect(article.text, where).not.toMatch(/^第[零一二三四五六七八九十百]+条/);
      expect(article.text, where).not.toMatch(/^\d+\./);
      expect(article.text, where).not.toMatch(/[ \t\u00a0\u3000]{2,}|^\s|\s$|\n\n/);
      expect(article.text, where).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
      expect(article.text, where).toMatch(/[。；;：:]$/);
      for (const words of BOILERPLATE) expect(article.text, where).not.toContain(words);
    }
  });
});

describe('article spot checks', () => {
  it.each(STARTS)('%s 第%i条 starts with 「%s」', (regulation, number, words) => {
    expect(articleText(regulation, number)?.startsWith(words)).toBe(true);
  });

  it('xichuan: the repaired articles sit in their chapters', () => {
    expect(findArticle('xichuan-2025', 23)?.chapter).toBe('第四章 运行维护');
    expect(findArticle('xichuan-2025', 24)?.chapter).toBe('第五章 信息资源共享管理');
    expect(findArticle('xichuan-2025', 29)?.chapter).toBe('第五章 信息资源共享管理');
    expect(findArticle('xichuan-2025', 31)?.chapter).toBe('第六章 网络与信息安全管理');
    expect(findArticle('xichuan-2025', 37)?.chapter).toBe('第七章 监督管理');
    expect(findArticle('xichuan-2025', 38)?.chapter).toBe('第八章 附则');
    expect(findArticle('xichuan-2025', 40)?.chapter).toBe('第八章 附则');
  });

  it('xichuan 第十七条 keeps its paragraphs and items, and the 15% limit', () => {
    const text = articleText('xichuan-2025', 17)!;
    expect(text.split('\n')).toHaveLength(7);
    expect(text).toContain('不超过概算总投资15%');
    expect(text).toContain('\n(一)根据上级和县委、县政府新部署,确需改变建设内容的。\n');
  });

  it('xunyang 第七条 keeps its items and the closing paragraph', () => {
    const paragraphs = articleText('xunyang-2022', 7)!.split('\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[1]).toBe('（一）符合本区政务信息化建设项目规划；');
    expect(paragraphs[6]).toBe('属上级转移支付资金安排的信息化项目，项目建设使用单位在申报项目时应贯彻上述要求。');
  });

  it('heze 第四条 keeps its seven paragraphs', () => {
    const paragraphs = articleText('heze-2021', 4)!.split('\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[6]).toBe('市直部门需要县（区）共同参与的项目，应坚持统筹规划、分级立项、协同建设、整合共享的原则。');
  });

  it('chenzhou 第四条 joins the item the page broke mid-word (应 / 用)', () => {
    expect(articleText('chenzhou-2022', 4)).toContain('原则上不再分散运行和应用。\n(二)');
  });

  it('keeps the punctuation each source uses', () => {
    expect(articleText('xichuan-2025', 1)).toContain(',推动政务信息系统互联互通');
    expect(articleText('heze-2021', 1)).toContain('，推动信息化基础设施集约建设');
  });
});

describe('attachments', () => {
  it('chenzhou lists two attachments whose contents are not in the text', () => {
    expect(REGULATION_TEXTS['chenzhou-2022'].attachments).toEqual([
      { number: 1, title: '郴州市本级财政投资类信息化项目建设简要流程图', text: null },
      { number: 2, title: '郴州市本级财政投资类信息化项目申报审批表', text: null },
    ]);
  });

  it.each(REGULATION_IDS.filter((id) => id !== 'chenzhou-2022'))('%s lists none', (regulation) => {
    expect(REGULATION_TEXTS[regulation].attachments).toEqual([]);
  });
});

describe('lookups', () => {
  it('articleText returns undefined for an article that does not exist', () => {
    expect(articleText('xichuan-2025', 0)).toBeUndefined();
    expect(articleText('xichuan-2025', 41)).toBeUndefined();
    expect(articleText('xichuan-2025', 2.5)).toBeUndefined();
    expect(articleText('xichuan-2025', Number.NaN)).toBeUndefined();
    expect(articleText('xunyang-2022', 28)).toBeUndefined();
  });

  it('findArticle returns the article with its chapter', () => {
    expect(findArticle('laohekou-2024', 18)).toMatchObject({ number: 18, chapter: '第五章 统一监理' });
  });
});
