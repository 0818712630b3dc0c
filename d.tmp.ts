import { readFileSync } from 'node:fs';
import { loadLawsDir } from './src/lawqa/statutes.js';
import { loadKnowledge } from './src/lawqa/knowledge.js';
import { createRetriever } from './src/lawqa/retrieve.js';
import { askQuestion } from './src/lawqa/ask.js';
const laws = await loadLawsDir('/work/shared/data/laws');
const kn = await loadKnowledge();
const r = createRetriever(laws, kn);
const dev = readFileSync('/work/shared/data/legal-qa-dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const k = (c:any)=>`${c.law.replace(/中华人民共和国|最高人民法院关于/,'').slice(0,8)}#${c.article}${c.sub?'-'+c.sub:''}`;
for (const d of dev) {
  const a = await askQuestion(d.question, { retriever: r });
  const exp = new Set(d.expected.map(k));
  const got = a.citations.map(k);
  const h1 = got.slice(0,1).some(x=>exp.has(x)), h3 = got.slice(0,3).some(x=>exp.has(x));
  if (process.env.ALL || (d.expected.length && !h1)) {
    const res = r.search(d.question, 5);
    console.log(h3?'h3':'XX', d.id, d.question, '\n  exp', [...exp].join(' '), '\n  got', got.join(' '), a.urgent?'URG':'', a.outOfScope?'OOS':'');
    console.log('  entries', res.entries.slice(0,3).map(e=>`${e.entry.id}:${e.score.toFixed(1)}[${e.citations.map(k).join(',')}] ${e.entry.q.slice(0,25)}`).join('\n          '));
    console.log('  arts', res.articles.slice(0,4).map(h=>k(h.citation)+':'+h.score.toFixed(1)).join(' '));
  }
}
