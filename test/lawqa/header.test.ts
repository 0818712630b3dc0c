import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../src/lawqa/header.js';

describe('latestVersion: the date of the latest revision a statute header names', () => {
  it.each([
    ['one line per version', '1994年7月5日 某次会议通过\n2018年12月29日 某次会议《关于修改某法的决定》第二次修正', '2018-12-29'],
    ['an entry running over two lines', '1986年6月25日 某次会议通过\n2019年8月26日 某次会议《关于修改〈某法〉\n〈另一法〉的决定》第三次修正', '2019-08-26'],
    ['a law whose name holds 年 (未成年人)', '2024年4月26日 某次会议《关于修改〈中华人民共和国未成年人保护法〉的决定》第二次修正）', '2024-04-26'],
    ['the official note in one bracket', '（2007年6月29日某次会议通过　根据2012年12月28日某次会议《关于修改的决定》修正）', '2012-12-28'],
    ['the day it takes effect is no version', '2025年6月27日 某次会议修订\n2026年1月1日 施行', '2025-06-27'],
    ['a regulation promulgated (发布)', '2022年1月24日 某会议审议批准\n2022年2月25日 某机关发布', '2022-02-25'],
    ['no dates at all', '', null],
  ])('%s', (_, header, expected) => {
    expect(latestVersion(header)).toBe(expected);
  });
});
