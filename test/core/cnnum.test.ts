import { describe, expect, it } from 'vitest';
import { parseChineseInt } from '../../src/kernel/cnnum.js';

describe('parseChineseInt', () => {
  it.each([
    ['72', 72],
    ['７２', 72],
    ['七十二', 72],
    ['一百零五', 105],
    ['两', 2],
    ['十七', 17],
    ['一千零七十九', 1079],
    ['〇', 0],
    ['二百八十七', 287],
    // Said aloud, the last digit counts the unit below; with 零 it does not.
    ['一百一', 110],
    ['两百五', 250],
    ['一千二', 1200],
    ['一千二百五', 1250],
    ['一万二', 12000],
    ['一百零一', 101],
    ['一千零二', 1002],
  ])('reads %s as %i', (text, n) => expect(parseChineseInt(text)).toBe(n));

  it.each(['若干', '', 'abc', '七十二户'])('refuses %j', (text) => expect(parseChineseInt(text)).toBeNull());
});
