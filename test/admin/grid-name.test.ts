import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRole, splitGridName } from '../../src/roster/index.js';
import { matchGridWords } from '../../src/roster/grid-match.js';

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
    ['十户长', 'household_head'],
    ['人民调解员', 'mediator'],
    ['专职调解员', 'mediator'],
    ['兼职网格长', 'chief'],
    ['网格员（兼）', 'worker'],
    ['网格员 ', 'worker'],
    // Village posts are not guessed: the same post is a different grid role from village to village.
    ['村支书', null],
    ['组长', null],
    ['兼职', null],
    ['队长', null],
    ['', null],
  ])('%s → %s', (word, role) => {
    expect(parseRole(word)).toBe(role);
  });
});

describe('matchGridWords (the town has 上司村三组, 上司村五组, 翁台村一组, 城关社区二网格)', () => {
  const known = [
    { village: '上司村', grid: '三组' },
    { village: '上司村', grid: '五组' },
    { village: '翁台村', grid: '一组' },
    { village: '城关社区', grid: '二网格' },
  ];
  it.each([
    [['上司村三组'], '上司村', '三组', true],
    [['上司村', '三组'], '上司村', '三组', true],
    [['三组'], '上司村', '三组', true],
    [['上司三组'], '上司村', '三组', true],
    [['上司村三组网格'], '上司村', '三组', true],
    [['城关二网格'], '城关社区', '二网格', true],
    [['二网格'], '城关社区', '二网格', true],
    [['上司村四组'], '上司村', '四组', false],
    [['上司', '四组'], '上司村', '四组', false],
    [['新寨村', '一组'], '新寨村', '一组', false],
  ])('%j → %s %s (known: %s)', (words, village, grid, isKnown) => {
    expect(matchGridWords(words, known)).toEqual({ ok: true, value: { village, grid }, known: isKnown });
  });

  it.each([
    [['四组'], '「四组」里看不出村名'],
    [['上司村'], '只有村名'],
    [[], '缺少网格'],
  ])('%j is refused: %s', (words, message) => {
    expect(matchGridWords(words, known)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('names both grids when a short name fits two', () => {
    const twoSanzu = [...known, { village: '翁台村', grid: '三组' }];
    expect(matchGridWords(['三组'], twoSanzu)).toEqual({ ok: false, message: '「三组」可能是 上司村三组、翁台村三组，请写全村名和网格' });
  });
});
