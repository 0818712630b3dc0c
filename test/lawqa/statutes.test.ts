import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLawsDir, parseStatute } from '../../src/lawqa/statutes.js';

const LAWS_DIR = '/work/shared/data/laws';

const SAMPLE = [
  '# 中华人民共和国示例法',
  '',
  '2020年5月28日 第十三届全国人民代表大会第三次会议通过',
  '',
  '2021年1月1日 施行',
  '',
  '<!-- INFO END -->',
  '',
  '# 婚姻家庭编',
  '',
  '## 第四章  离  婚',
  '',
  '第一千零七十九条 夫妻一方要求离婚的，可以调解。',
  '',
  '有下列情形之一的：',
  '',
  '（一）重婚；',
  '\u200b',
  '### 第一节 一般规定',
  '',
  '第一千零八十条 完成离婚登记，即解除婚姻关系。',
  '',
  '## 第五章 收养',
  '',
  '第一千零九十三条之二 插入的条文。',
].join('\n');

describe('parseStatute', () => {
  const parsed = parseStatute(SAMPLE, 'ignored.md');
  const statute = parsed.ok ? parsed.value : null;

  it('takes the title from the "# " first line and the date from the 施行 line', () => {
    expect(statute?.title).toBe('中华人民共和国示例法');
    expect(statute?.effectiveDate).toBe('2021-01-01');
  });

  it('reads article numbers, 之Y sub-numbers, chapter paths and multi-paragraph text', () => {
    expect(statute?.articles.map((a) => [a.article, a.sub, a.chapter])).toEqual([
      [1079, null, '婚姻家庭编 › 第四章 离婚'],
      [1080, null, '婚姻家庭编 › 第四章 离婚 › 第一节 一般规定'],
      [1093, 2, '婚姻家庭编 › 第五章 收养'],
    ]);
    expect(statute?.articles[0]?.text).toBe('夫妻一方要求离婚的，可以调解。\n有下列情形之一的：\n（一）重婚；');
    expect(statute?.articles[0]?.law).toBe('中华人民共和国示例法');
  });

  it('reads plain text with full-width indentation and plain 章 headings, the title written in the text over the file name', () => {
    const text = '示例条例\n\n第一章　总　则\n\n　　第一条　为了保护权益，制定本条例。\n　　第二条　本条例自2020年5月1日起施行。\n';
    const r = parseStatute(text, '/tmp/保障示例条例.txt');
    expect(r.ok && r.value.title).toBe('示例条例');
    expect(r.ok && r.value.articles.map((a) => [a.article, a.chapter, a.text])).toEqual([
      [1, '第一章 总则', '为了保护权益，制定本条例。'],
      [2, '第一章 总则', '本条例自2020年5月1日起施行。'],
    ]);
    expect(r.ok && r.value.effectiveDate).toBe('2020-05-01');
  });

  it('does not take a reference like 第五条规定的 for a new article', () => {
    const r = parseStatute('# 法\n第一条 甲。\n第五条规定的情形，适用本条。\n第二条 乙。');
    expect(r.ok && r.value.articles.map((a) => a.text)).toEqual(['甲。\n第五条规定的情形，适用本条。', '乙。']);
  });

  it('fails with a Chinese message when there is no article', () => {
    const r = parseStatute('# 空的法\n\n只有一段话。');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]?.field).toBe('articles');
  });

  it('never throws on arbitrary text', () => {
    const piece = fc.constantFrom('# ', '## 第一章 ', '第十条 ', '第二百条之一 ', '\n', '之', '条', '第', '施行', '2021年1月1日 ', '\u200b', '**');
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(piece, fc.string({ maxLength: 5 }))).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.option(fc.string(), { nil: undefined }), (t, name) => {
        const r = parseStatute(t, name);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe.runIf(existsSync(LAWS_DIR))('the shared corpus', () => {
  it('loads 30 laws, 3999 articles, the Civil Code continuous from 1 to 1260', async () => {
    const laws = await loadLawsDir(LAWS_DIR);
    expect(laws).toHaveLength(30);
    expect(laws.reduce((n, s) => n + s.articles.length, 0)).toBe(3999);
    const civil = laws.find((s) => s.title === '中华人民共和国民法典');
    expect(civil?.articles.map((a) => a.article)).toEqual(Array.from({ length: 1260 }, (_, i) => i + 1));
    expect(civil?.effectiveDate).toBe('2021-01-01');
    const criminal = laws.find((s) => s.title === '中华人民共和国刑法');
    const a = criminal?.articles.find((x) => x.article === 287 && x.sub === 2);
    expect(a?.text).toContain('信息网络');
    expect(criminal?.articles.filter((x) => x.sub !== null)).toHaveLength(53);
  });
});
