import { runEval } from './src/lawqa/eval.js';
const r = await runEval({ lawsDir: '/work/shared/data/laws', devFile: '/work/shared/data/legal-qa-dev.jsonl' });
