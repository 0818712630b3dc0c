import { expect, it } from 'vitest';
import { type DangerKind, dangerLines, recogniseDanger } from '../../src/safety/index.js';

const NUMBER = /110|119|120|12356/;

/** Each row is urgent, of its kind, and the reply's first line names the number to call. */
export function urgentRows(rows: readonly (readonly [DangerKind, string])[]): void {
  it.each(rows)('%s: %s', (kind, text) => {
    const r = recogniseDanger(text);
    expect(r).toMatchObject({ urgent: true, kind });
    expect(dangerLines(r)[0]!.slice(0, 40)).toMatch(NUMBER);
  });
}

/** Each row is calm: danger words in an everyday, past, supposed or told sense. */
export function calmRows(rows: readonly string[]): void {
  it.each(rows)('calm: %s', (text) => {
    expect(recogniseDanger(text).urgent).toBe(false);
  });
}
