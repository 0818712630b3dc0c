import type { Need } from './signals.js';
import type { DangerReading } from './kinds.js';

const WATER = '请立即拨打110和120！先大声喊人来救，不会水的别下水，用竹竿、绳子递过去。';

// The first line says what to do now and which number to call; nothing else comes before it.
const FIRST_LINE: Record<Need, string> = {
  beat: '请立即拨打110报警！先跑到安全的地方（邻居家、村委会），受伤了拨打120。',
  threat: '请立即拨打110报警！先躲到安全的地方，锁好门，别和对方硬拼。',
  weapon: '请立即拨打110报警！对方手里有凶器，先躲开、锁好门，别靠近。',
  arson: '请立即拨打110报警！已经着火的拨打119。先带家人离开，看好水源和吃的。',
  selfHarm: '请立即拨打110或120求助，也可以拨打12356心理援助热线（24小时有人接）。',
  poisoned: '请立即拨打120！把吃下去的东西、药瓶带上，路上别耽搁。',
  detain: '请立即拨打110报警！能发定位就把位置发给家人，尽量记下车牌和地方。',
  childMissing: '请立即拨打110报警！孩子走失、被带走不用等24小时，越快越好。',
  childWater: WATER,
  childHurt: '请立即拨打110报警！孩子正在受到伤害，任何人都有权制止并报告。',
  stalk: '请立即拨打110报警！别开门、别单独出去，往人多的地方走，叫家人来接。',
  crowd: '请立即拨打110报告！千万别参与冲突、堵路，离开现场。',
  order: '请立即拨打110报警！对方违反人身安全保护令，公安机关应当出警制止。',
  fire: '请立即拨打119和110！先把人带出来，别回去拿东西，别坐电梯。',
  wildfire: '请立即拨打119！往逆风、没有草木的地方撤，别上山扑火。',
  gas: '请立即拨打119，有人晕倒拨打120！先开窗通风，别开关电器、别点火，人马上出去。',
  electric: '请立即拨打120！先拉闸断电，或用干木棍挑开电线，再去救人。',
  flood: '请立即拨打119和110！先往高处撤，带上老人孩子，别蹚水、别回屋。',
  pit: '请立即拨打119和120！千万别再下去救人，先通风，等救援。',
  medical: '请立即拨打120！先别挪动伤者，按住伤口止血，有人陪着。',
  drunkDrive: '请立即拨打110报警！别让他开车，别让孩子上车。',
  water: WATER,
  lost: '请立即拨打110报警！老人、病人走失不用等24小时，说清最后在哪里见到、穿什么衣服，喊邻居一起找。',
};

const DOMESTIC_LAW = '家庭暴力可以向法院申请人身安全保护令，公安机关可以出具告诫书；也可以打妇联热线12338。';
const ORDER_LAW = '违反人身安全保护令的，法院可以罚款、拘留，构成犯罪的追究刑事责任。';
const SELF_HARM_CARE = '先把农药、药品交给家人收好，找亲人或邻居陪着你，难处大家一起想办法。';
// Domestic violence law applies when the harm is between kin or partners.
const DOMESTIC_NEEDS: ReadonlySet<Need> = new Set(['beat', 'threat', 'weapon', 'detain', 'childHurt']);

/**
 * What to say first, in one or two lines: the number to call, then at most one line of the law
 * that protects the person (never mediation, never an unrelated statute).
 */
export function dangerLines(reading: DangerReading): string[] {
  if (!reading.need) return [];
  const first = FIRST_LINE[reading.need];
  if (reading.need === 'selfHarm') return [first, SELF_HARM_CARE];
  if (reading.need === 'order') return [first, ORDER_LAW];
  if (reading.domestic && DOMESTIC_NEEDS.has(reading.need)) return [first, DOMESTIC_LAW];
  return [first];
}
