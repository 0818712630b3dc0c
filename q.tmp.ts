import { readFileSync } from 'node:fs';
import { loadLawsDir } from './src/lawqa/statutes.js';
import { loadKnowledge } from './src/lawqa/knowledge.js';
import { createRetriever } from './src/lawqa/retrieve.js';
const laws = await loadLawsDir('/work/shared/data/laws');
const kn = process.env.NOKN ? [] : await loadKnowledge();
const r = createRetriever(laws, kn, process.env.NOSYN ? { synonyms: [] } : {});
console.log('build', r.stats);
const dev = readFileSync('/work/shared/data/legal-qa-dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
let h1=0,h3=0,n=0; const lat:number[]=[];
for (const d of dev) {
  if (!d.expected.length) continue; n++;
  const t=performance.now(); const res = r.search(d.question, 5); lat.push(performance.now()-t);
  const k = (c:any)=>`${c.law}#${c.article}#${c.sub??''}`;
  const exp = new Set(d.expected.map(k));
  const got = res.citations.map(k);
  const a1 = got.slice(0,1).some(x=>exp.has(x)), a3 = got.slice(0,3).some(x=>exp.has(x));
  h1+=+a1; h3+=+a3;
  if (process.env.V || !a3) console.log(a3?'OK ':'XX ', d.id, d.question, '\n   exp', [...exp].join(' '), '\n   got', got.slice(0,3).map(s=>s.replace(/中华人民共和国|最高人民法院关于/,'')).join(' '), res.entries[0]?.entry.id ?? '');
}
lat.sort((a,b)=>a-b);
console.log(`hit@1 ${(h1/n*100).toFixed(1)} hit@3 ${(h3/n*100).toFixed(1)} n=${n} p50 ${lat[Math.floor(n/2)]!.toFixed(2)} p99 ${lat[Math.floor(n*0.99)]!.toFixed(2)}`);
