import { describe, expect, it } from 'vitest';
import { parseArticleList } from '../../../../../shared/rules/articles/article-list';

describe('the articles a decision relies on', () => {
  it.each([
    ['第七条，第十二条', [7, 12]],
    ['第七条、第十二条', [7, 12]],
    ['7,12', [7, 12]],
    ['7，12', [7, 12]],
    ['七、十二', [7, 12]],
    ['第7条 第12条', [7, 12]],
    ['１２；７', [12, 7]],
    ['第二十二条和第一百零五条', [22, 105]],
    ['12', [12]],
    ['十二, 12', [12]],
  ])('reads %j as %j', (text, articles) => {
    expect(parseArticleList(text)).toEqual({ articles });
  });

  it('names the part that is not an article number', () => {
    expect(parseArticleList('第七条、第十二款')).toEqual({ error: '“第十二款”不是条号：可写“第七条、第十二条”“7,12”或“七、十二”' });
    expect(parseArticleList('7, 0')).toMatchObject({ error: expect.stringContaining('“0”') });
    expect(parseArticleList('十十')).toMatchObject({ error: expect.stringContaining('“十十”') });
    expect(parseArticleList('  ')).toEqual({ error: '请填写依据条款，如“第七条、第十二条”或“7,12”' });
  });
});
