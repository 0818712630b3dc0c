import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRole, splitGridName } from '../../src/admin/index.js';

describe('splitGridName', () => {
  it.each([
    ['上司村三组', '上司村', '三组'],
    ['上司村 三组', '上司村', '三组'],
    ['　上司村　三组　', '上司村', '三组'],
    ['城南社区二网格', '城南社区', '二网格'],
    ['新村村一组', '新村', '村一组'],
    ['翁台社区村民组', '翁台社区', '村民组'],
    ['甲村乙社区三组', '甲村', '乙社区三组'],
  ])('splits %s into village %s and grid %s', (name, village, grid) => {
    expect(splitGridName(name)).toEqual({ ok: true, value: { village, grid } });
  });

  it.each([['三组'], ['上司村'], ['村三组'], [''], ['城南社区']])('rejects %s with a Chinese message', (name) => {
    const r = splitGridName(name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/[村网格]/);
  });

  it('never throws and, when it splits, loses nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = splitGridName(s);
        if (r.ok) expect(r.value.village + r.value.grid).toBe(s.replace(/[\s\u3000\u2005\u00a0]+/g, ''));
      }),
    );
  });
});

describe('parseRole', () => {
  it.each([
    ['管理员', 'admin'],
    ['网格长', 'chief'],
    ['网格员', 'worker'],
    ['专职网格员', 'worker'],
    ['联户长', 'household_head'],
    ['Household Head', 'household_head'],
    ['household_head', 'household_head'],
    ['调解员', 'mediator'],
    ['群众', 'resident'],
    ['村民', 'resident'],
    ['ADMIN', 'admin'],
    ['队长', null],
    ['', null],
  ])('%s → %s', (word, role) => {
    expect(parseRole(word)).toBe(role);
  });
});
