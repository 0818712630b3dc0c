import { readFileSync } from 'node:fs';
import { loadLawsDir } from './src/lawqa/statutes.js';
import { loadKnowledge } from './src/lawqa/knowledge.js';
import { createRetriever } from './src/lawqa/retrieve.js';
const laws = await loadLawsDir('/work/shared/data/laws');
const kn = await loadKnowledge();
const dev = readFileSync('/work/shared/data/legal-qa-dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).filter((d:any)=>d.expected.length && !d.urgent);
const k = (c:any)=>`${c.law}#${c.article}#${c.sub??''}`;
const res: string[] = [];
for (const ew of [0.5,0.7,1.0]) for (const eb of [1.2,2,3,5]) for (const cd of [0.6,0.85]) for (const win of [0.6, 0.8]) for (const rs of [0,2,4]) {
  const r = createRetriever(laws, kn, { expansionWeight: ew, entryBoost: eb, citeDecay: cd, entryWindow: win, rankSharpness: rs });
  let h1=0,h3=0;
  for (const d of dev) { const got = r.search(d.question,3).citations.map(k); const exp = new Set(d.expected.map(k)); h1+=+got.slice(0,1).some(x=>exp.has(x)); h3+=+got.some(x=>exp.has(x)); }
  res.push(`${(h1/dev.length*100).toFixed(1)} ${(h3/dev.length*100).toFixed(1)} ew=${ew} eb=${eb} cd=${cd} win=${win} rs=${rs}`);
}
res.sort((a,b)=>parseFloat(b)-parseFloat(a)); console.log(res.slice(0,25).join('\n')); console.log('...'); console.log(res.slice(-5).join('\n'));
