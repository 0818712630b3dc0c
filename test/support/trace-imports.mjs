// Preloaded with `node --import` in start tests: records every package the process loads whose
// path names `wechaty` (into the file named by GRIDBOT_TRACE_IMPORTS), so a test can prove a
// WeCom-only bot never loads Wechaty.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/node_modules\\/wechaty/.test(result.url)) appendFileSync(process.env.GRIDBOT_TRACE_IMPORTS, result.url + '\\n');
  return result;
}`;
if (process.env.GRIDBOT_TRACE_IMPORTS) register(`data:text/javascript,${encodeURIComponent(hooks)}`);
