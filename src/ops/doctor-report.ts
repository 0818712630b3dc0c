/** One line of `gridbot doctor`. */
export interface Check {
  name: string;
  status: 'ok' | 'fail' | 'skip';
  /** Whether the bot cannot work properly without it: an essential failure makes the exit code 1. */
  essential: boolean;
  detail: string;
  /** How to put it right (Chinese, one line), for failures. */
  fix?: string;
}

export const ok = (name: string, detail: string): Check => ({ name, status: 'ok', essential: true, detail });
export const skip = (name: string, detail: string): Check => ({ name, status: 'skip', essential: false, detail });
export const fail = (name: string, detail: string, fix: string, essential = true): Check => ({ name, status: 'fail', essential, detail, fix });

const mark = (c: Check): string => (c.status === 'ok' ? '✓' : c.status === 'skip' ? '–' : c.essential ? '✗' : '⚠');

/** ✓ for passed, ✗ for an essential failure, ⚠ for a failure the bot can run with, – for not checked. */
export function doctorText(checks: readonly Check[]): string {
  const lines = checks.flatMap((c) => [`${mark(c)} ${c.name}：${c.detail}`, ...(c.fix && c.status === 'fail' ? [`    怎么办：${c.fix}`] : [])]);
  const bad = checks.filter((c) => c.status === 'fail' && c.essential).length;
  const warn = checks.filter((c) => c.status === 'fail' && !c.essential).length;
  lines.push('', bad ? `有 ${bad} 项必须先解决。` : warn ? `可以运行；有 ${warn} 项建议处理。` : '一切正常。');
  return lines.join('\n');
}

/** 0 when every essential check passed, else 1. */
export const doctorExitCode = (checks: readonly Check[]): number => (checks.some((c) => c.status === 'fail' && c.essential) ? 1 : 0);
