import type { KnowledgeEntry } from '../../src/lawqa/knowledge.js';
import { createRetriever, type Retriever } from '../../src/lawqa/retrieve.js';
import { parseStatute, type Statute } from '../../src/lawqa/statutes.js';

// A small made-up corpus in the shared format. The wording is ours (summaries, not statute text);
// only the article numbers follow the real laws so citation lines read as they will in production.
export const MINI_CIVIL = [
  '# 中华人民共和国民法典',
  '',
  '2021年1月1日 施行',
  '',
  '<!-- INFO END -->',
  '',
  '# 物权编',
  '',
  '## 第七章 相邻关系',
  '',
  '第二百九十条 相邻的人家之间用水、排水要互相提供便利，排水应当顺着自然流向。',
  '',
  '第二百九十一条 相邻一方因通行必须经过另一方土地的，另一方应当提供便利。',
  '',
  '# 合同编',
  '',
  '## 第十二章 借款合同',
  '',
  '第六百八十条 借款利息不得违反国家规定；借款合同没有约定利息的，视为没有利息。',
  '',
  '# 婚姻家庭编',
  '',
  '## 第四章 离婚',
  '',
  '第一千零七十九条 夫妻一方要求离婚的，可以先调解，也可以直接起诉。',
  '',
  '有下列情形之一，调解无效的，应当准予离婚：',
  '',
  '（一）实施家庭暴力或者虐待家庭成员；',
  '',
  '第一千零八十四条 离婚后，不满两周岁的子女原则上由母亲直接抚养。',
].join('\n');

export const MINI_CRIMINAL = [
  '# 中华人民共和国刑法',
  '',
  '<!-- INFO END -->',
  '',
  '## 第二编 分则',
  '',
  '第二百八十七条之二 明知他人利用信息网络犯罪，仍出租出售银行卡、电话卡提供帮助，情节严重的，处有期徒刑。',
].join('\n');

export const MINI_KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'family-001',
    topic: 'family',
    q: '男人喝了酒就打人，想离婚他不同意咋办',
    a: '他不同意也可以直接到法院起诉离婚，家暴是法定准予离婚的情形。挨打后要报警、验伤，留好证据。',
    cites: [{ law: '中华人民共和国民法典', article: 1079 }],
    keywords: ['家暴', '打老婆', '离婚'],
  },
  {
    id: 'neighbor-001',
    topic: 'neighbor',
    q: '邻居把排水沟堵了，雨水灌进俺家院子',
    a: '相邻人家要为对方排水提供便利，不能堵死排水让别人受淹。先请网格员调解，不行可以起诉。',
    cites: [{ law: '中华人民共和国民法典', article: 290 }],
    keywords: ['排水', '水沟'],
  },
  {
    id: 'economic-001',
    topic: 'economic',
    q: '借条上没写利息，他现在要我给利息',
    a: '借条没有约定利息的，视为没有利息，只还本金就行。',
    cites: [{ law: '中华人民共和国民法典', article: 680 }],
  },
];

export function miniStatutes(): Statute[] {
  return [MINI_CIVIL, MINI_CRIMINAL].map((text) => {
    const r = parseStatute(text);
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    return r.value;
  });
}

export const miniRetriever = (): Retriever => createRetriever(miniStatutes(), MINI_KNOWLEDGE);

export const LAWS_DIR = '/work/shared/data/laws';
export const DEV_FILE = '/work/shared/data/legal-qa-dev.jsonl';
