import type { Harness } from '../../src/tools/replay/harness.js';

/** Monday of ISO week 2026-W48, 08:00 in Shanghai. */
export const WEEK_START = new Date('2026-11-23T08:00:00+08:00');
export const at = (local: string): Date => new Date(`${local}+08:00`);

export const ADMIN_ROOM = '综治中心工作群';
export const GRID_ROOMS = ['上司村三组网格群', '上司村四组网格群', '里腊村一组网格群'];

/** Party names, phone numbers and summary words of the week's cases: none may reach a log or a grid group. */
export const PARTIES = ['张某某', '李某某', '覃大勇', '蒙小花', '罗某'];
export const PHONES = ['13812345678', '13900001111', '0854-3221234'];
export const SUMMARIES = ['排水沟堵塞淹了', '借款三万元', '宅基地界址不清', '赔偿菜苗钱'];
export const QUESTION_SECRETS = ['杨春花', '13700002222'];

export async function seedTown(h: Harness): Promise<void> {
  await h.seed(
    [
      { name: '王书记', role: 'admin' },
      { name: '陈网格长', role: 'chief', grid: '上司村一组' },
      { name: '张网格', role: 'worker', grid: '上司村三组' },
      { name: '李网格', role: 'worker', grid: '上司村四组' },
      { name: '罗网格', role: 'worker', grid: '里腊村一组' },
      { name: '赵调解', role: 'mediator' },
      { name: '李大姐', role: 'resident', grid: '上司村三组' },
    ],
    [
      { topic: GRID_ROOMS[0]!, grid: '上司村三组', members: ['张网格', '李大姐'] },
      { topic: GRID_ROOMS[1]!, grid: '上司村四组', members: ['李网格'] },
      { topic: GRID_ROOMS[2]!, grid: '里腊村一组', members: ['罗网格'] },
      { topic: ADMIN_ROOM, admin: true, members: ['王书记', '陈网格长', '赵调解'] },
    ],
  );
}

const REPORT_3 = [
  '【周报】网格:上司村三组 排查户数:72',
  '1. 类型:邻里;当事人:张某某、李某某;事由:张某某家排水沟堵塞淹了李某某的菜地，李某某电话13812345678;状态:化解中',
  '2. 类型:经济;当事人:覃大勇;事由:覃大勇借款三万元到期不还，电话0854-3221234;状态:待化解;风险:扬言上访',
].join('\n');
const REPORT_4 = '【周报】网格:上司村四组 排查户数:65\n1. 类型:山林土地水事;当事人:蒙小花、罗某;事由:蒙小花与罗某宅基地界址不清;状态:已化解;方式:人民调解';

/**
 * A week of the township's life: two reports (one privately, one in the grid group, one case
 * flagged 扬言上访), look-ups in the admin group, an assignment, progress in a group, residents'
 * legal questions privately and by @bot, the Friday–Sunday cycle, the Monday digest, a follow-up.
 */
export async function playWeek(h: Harness): Promise<void> {
  await seedTown(h);
  await h.advanceTo(at('2026-11-23T09:00:00'));
  await h.say('张网格', REPORT_3);
  await h.say('李网格', REPORT_4, { room: GRID_ROOMS[1] });
  await h.say('罗网格', '【周报】网格:里腊村一组 排查户数:50 本周无矛盾纠纷');
  // A plain-words report without its households count: with a model configured the model fills what
  // the rules could not read (names masked), and the worker confirms; without one it is asked back.
  await h.say('李网格', '这周上司村四组村民蒙小花跟罗某还在为宅基地界址不清的事吵，电话13900001111');
  await h.advanceTo(at('2026-11-24T10:00:00'));
  await h.say('王书记', '#查 SS-2026-0002', { room: ADMIN_ROOM });
  await h.say('王书记', '#交办 SS-2026-0002 司法所 3天');
  await h.say('王书记', '#台账 导出 本月');
  await h.advanceTo(at('2026-11-25T15:00:00'));
  await h.say('张网格', '#进展 SS-2026-0001 已化解 方式:人民调解 张某某赔偿菜苗钱200元给李某某', { room: GRID_ROOMS[0] });
  await h.say('张网格', '#查 SS-2026-0001', { room: GRID_ROOMS[0] });
  await h.say('张网格', '#我的');
  await h.say('李大姐', '我叫杨春花，电话13700002222，邻居张某某家的排水沟堵了淹了我家菜地，该怎么办？');
  await h.say('李大姐', '借钱不还可以去法院告吗', { room: GRID_ROOMS[0], mention: true });
  // Chatter in the group, not meant for the bot: stored, left alone.
  await h.say('李大姐', '今天赶场人真多，张某某家的牛跑丢了，看到的打13900001111', { room: GRID_ROOMS[0] });
  await h.advanceTo(at('2026-11-30T09:00:00'));
  await h.say('王书记', '#统计 本周', { room: ADMIN_ROOM });
  await h.advanceTo(at('2026-12-03T11:00:00'));
  await h.say('张网格', '#回访 SS-2026-0001 满意 张某某说问题解决了');
  await h.advanceTo(at('2026-12-04T12:00:00'));
}
