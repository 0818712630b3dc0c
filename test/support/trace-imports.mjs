// Preloaded with `node --import` in start tests: records every package the process loads that a
// WeCom-only bot without a model must not hold (into the file named by GRIDBOT_TRACE_IMPORTS):
// Wechaty, and the packages loaded only at their point of use — the LLM SDK (a model configured),
// jszip (a .docx imported), exceljs (a spreadsheet read or written).
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/node_modules\\/(wechaty|openai|jszip|exceljs)/.test(result.url)) appendFileSync(process.env.GRIDBOT_TRACE_IMPORTS, result.url + '\\n');
  return result;
}`;
if (process.env.GRIDBOT_TRACE_IMPORTS) register(`data:text/javascript,${encodeURIComponent(hooks)}`);
