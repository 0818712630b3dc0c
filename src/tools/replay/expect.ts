import type { SentRecord } from '../../chat/mock/mock-world.js';
import type { Expectation } from './scenario.js';

/** Whether one sent message satisfies an expectation: same target, every substring, the file name. */
export function matches(record: SentRecord, e: Expectation): boolean {
  if (e.to !== undefined && record.to !== e.to) return false;
  const text = record.text ?? '';
  if (e.contains && !e.contains.every((part) => text.includes(part))) return false;
  if (e.file !== undefined && !(record.fileName ?? '').includes(e.file)) return false;
  return true;
}

export function describeExpectation(kind: 'expect' | 'expectNot', e: Expectation): string {
  const parts = [e.to && `to=${e.to}`, e.contains && `contains=${JSON.stringify(e.contains)}`, e.file && `file=${e.file}`].filter(Boolean);
  return `${kind} {${parts.join(', ')}}`;
}

/** null when it holds, else why not. */
export function check(kind: 'expect' | 'expectNot', e: Expectation, sent: SentRecord[]): string | null {
  const hit = sent.find((r) => matches(r, e));
  if (kind === 'expect' && !hit) return `${describeExpectation(kind, e)}: 没有匹配的消息（本步共发出 ${sent.length} 条）`;
  if (kind === 'expectNot' && hit) return `${describeExpectation(kind, e)}: 发现了不应出现的消息 → ${hit.to}: ${hit.text ?? hit.fileName ?? ''}`;
  return null;
}
