import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, writeCsv } from '../../src/roster/io/csv.js';

const cellsOf = (text: string) => parseCsv(text).map((r) => r.cells);

describe('csv', () => {
  it.each([
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a,1","say ""hi"""\n', [['a,1', 'say "hi"']]],
    [
      '"two\nlines",x\ny,z',
      [
        ['two\nlines', 'x'],
        ['y', 'z'],
      ],
    ],
    ['a,\n\n,b', [['a', ''], [''], ['', 'b']]],
    ['\uFEFF姓名\n张三', [['姓名'], ['张三']]],
    ['a\rb', [['a'], ['b']]],
    ['""', [['']]],
  ])('reads %j', (text, rows) => {
    expect(cellsOf(text)).toEqual(rows);
  });

  it('numbers records as the sheet shows them, blank lines included', () => {
    expect(parseCsv('h\n\nx\n').map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('reads back whatever it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '村', ',', '"', '\n', ' ', '\r\n', '　') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(cellsOf(writeCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('decodes UTF-8, and GB18030 files saved by Chinese Excel', () => {
    expect(decodeText(new TextEncoder().encode('姓名\n张三'))).toBe('姓名\n张三');
    expect(decodeText(Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]))).toBe('姓名\n张三');
  });
});
