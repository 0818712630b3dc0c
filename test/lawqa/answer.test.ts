import { describe, expect, it } from 'vitest';
import { answerByRetrieval, declineAnswer, excerpt, MEDIATION_OFFER } from '../../src/lawqa/answer.js';
import { articleLabel, citationLine } from '../../src/lawqa/cite.js';
import { miniRetriever, miniStatutes } from './fixtures.js';

describe('citation formatting', () => {
  it('writes article numbers in Chinese, with 之Y, grouped by law', () => {
    expect(articleLabel({ article: 10 })).toBe('第十条');
    expect(articleLabel({ article: 1079 })).toBe('第一千零七十九条');
    expect(articleLabel({ article: 287, sub: 2 })).toBe('第二百八十七条之二');
    expect(
      citationLine([
        { law: '中华人民共和国民法典', article: 1079 },
        { law: '中华人民共和国民法典', article: 1084 },
        { law: '中华人民共和国反家庭暴力法', article: 23 },
      ]),
    ).toBe('依据《中华人民共和国民法典》第一千零七十九条、第一千零八十四条，《中华人民共和国反家庭暴力法》第二十三条');
  });
});

// The two lines every answer about violence at home opens with (tested in family-violence.test.ts).
const isSafetyLead = (line: string): boolean => line.startsWith('先顾安全') || line.startsWith('法律给你的保护');

describe('answerByRetrieval', () => {
  const retriever = miniRetriever();

  it('gives the curated answer, the citation line, the article\u2019s own words, the general-information and help lines', () => {
    const a = answerByRetrieval('男人喝了酒就打我，想离婚', retriever);
    const lines = a.answer.split('\n').filter((l) => !isSafetyLead(l));
    expect(lines[0]).toContain('起诉离婚');
    expect(lines[1]).toMatch(/^依据《中华人民共和国民法典》第一千零七十九条/);
    expect(lines[2]).toMatch(/^·《民法典》第一千零七十九条规定：夫妻一方要求离婚的/);
    expect(a.answer).toContain('一般法律常识');
    // Violence at home: the help line names 妇联 instead of the mediators.
    expect(a.answer).toMatch(/妇联（12338）.*12348.*110/);
    expect(a).toMatchObject({ outOfScope: false, urgent: false, mode: 'retrieval', category: '家庭婚恋' });
    expect(a.citations[0]).toEqual({ law: '中华人民共和国民法典', article: 1079 });
  });

  it('offers mediation when the question is the asker\u2019s own dispute, and only then', () => {
    const own = answerByRetrieval('邻居把水沟堵了，雨水灌进俺家', retriever);
    const general = answerByRetrieval('排水沟的水该往哪边排，有规定吗', retriever);
    expect(own.ownDispute).toBe(true);
    expect(own.answer.endsWith(MEDIATION_OFFER)).toBe(true);
    expect(general.answer).not.toContain('需要调解');
  });

  it('quotes a short excerpt of the best article when no curated entry fits', () => {
    const a = answerByRetrieval('有人收银行卡，卖给他犯法吗', retriever);
    expect(a.answer.split('\n')[0]).toMatch(/^《刑法》第二百八十七条之二规定：明知他人利用信息网络犯罪/);
  });

  it('does not put a curated answer over citations it does not rest on: the best article speaks instead', () => {
    const found = retriever.search('男人喝了酒就打我，想离婚', 5);
    const [entry] = found.entries;
    // The same search, but the articles shown are not the ones the curated answer cites.
    const elsewhere = found.articles.filter((h) => !entry!.citations.some((c) => c.article === h.article.article && c.law === h.article.law));
    const a = answerByRetrieval('男人喝了酒就打我，想离婚', retriever, { ...found, articles: elsewhere, citations: elsewhere.map((h) => h.citation) });
    expect(elsewhere.length).toBeGreaterThan(0);
    const body = a.answer.split('\n').filter((l) => !isSafetyLead(l))[0];
    expect(a.answer).not.toContain(entry!.entry.a.slice(0, 10));
    expect(body).toMatch(/^《.+》第.+条规定：/);
    expect(a.citations[0]).toEqual(elsewhere[0]!.citation);
  });

  it('keeps excerpts short for a phone, ending at a sentence when it can', () => {
    const article = miniStatutes()[0]!.articles.find((x) => x.article === 1079)!;
    const text = excerpt(article, 30);
    expect(text.length).toBeLessThan(60);
    expect(text.endsWith('。') || text.endsWith('……')).toBe(true);
  });

  it('declines without citing anything', () => {
    expect(declineAnswer('offTopic')).toMatchObject({ citations: [], outOfScope: true, urgent: false });
  });
});
