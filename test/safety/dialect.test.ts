import { describe, expect, it } from 'vitest';
import { foldDialect } from '../../src/safety/dialect.js';

describe('foldDialect', () => {
  it.each([
    ['我遭他们关在屋头', '我被他们关在屋里'],
    ['遭了 着火了', '遭了 着火了'],
    ['他挨他老汉打了', '他被他老汉打了'],
    ['一个男的跟起我', '一个男的跟着我'],
    ['对不起 我起来了', '对不起 我起来了'],
    ['咋个办 血止不到', '怎么办 血止不住'],
    ['他要坎死我 屋头起伙了', '他要砍死我 屋里起火了'],
    ['伙食费', '伙食费'],
  ])('%s → %s', (raw, folded) => expect(foldDialect(raw)).toBe(folded));
});
