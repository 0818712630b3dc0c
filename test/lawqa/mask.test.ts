import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mask } from '../../src/lawqa/mask.js';

describe('mask', () => {
  it.each([
    ['张三欠我五千块不还', '某甲欠我五千块不还'],
    ['我邻居王大明把我家的路堵了', '我邻居某甲把我家的路堵了'],
    ['李某某打了我', '某甲打了我'],
    ['老王家的狗咬了我', '某甲家的狗咬了我'],
    ['叫刘翠花的那个人骗了我', '叫某甲的那个人骗了我'],
    ['欧阳娜娜说不还了', '某甲说不还了'],
  ])('%s → %s', (q, masked) => {
    expect(mask(q)).toBe(masked);
  });

  it('gives one name one label and different names different labels', () => {
    expect(mask('张三欠李四钱，李四找张三要')).toBe('某甲欠某乙钱，某乙找某甲要');
  });

  it('masks phone, ID and card numbers', () => {
    const m = mask('电话13812345678，座机0854-1234567，身份证52272719800101123X，卡号6222021234567890123');
    expect(m).toBe('电话[电话号码]，座机[电话号码]，身份证[身份证号]，卡号[卡号]');
  });

  it.each(['结婚才半年就闹离婚，当初给了18万8的财礼', '自家房前屋后栽的杨树，砍了卖钱要办啥证不', '私人之间借钱，利息最高能要多少', '张口就骂人', '他借了5万块，到期不还'])(
    'leaves ordinary questions readable: %s',
    (q) => expect(mask(q)).toBe(q),
  );

  it('never throws and never leaves an 11-digit mobile number', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('13912345678', '15800001111'), (s, phone) => {
        expect(mask(`${s}${phone}`)).not.toContain(phone);
      }),
    );
  });
});
