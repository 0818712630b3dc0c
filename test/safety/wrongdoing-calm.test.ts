import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// False alarms the wrongdoing batches (wrong-a/b/c, requests for help with something illegal) showed,
// each a class in wordings of our own: 打 that is no blow, and a drunk drive that is over.
describe('打 without a blow; a drunk drive already over', () => {
  calmRows([
    // Money paid in, a game played, an injection given.
    '我爸走了一年了 退休金还在打 要去哪里办停发',
    '这个月的低保还在打没有',
    '麻将还在打 等下再说',
    '娃的疫苗针还在打 要排好久的队',
    // The drive over, the police on their way or already holding the evidence.
    '昨晚喝了酒开车把别人的墙撞了 警察要来查 要赔好多',
    '喝了两瓶啤酒骑摩托遭拍到了 要扣几分',
  ]);

  urgentRows([
    // A blow still going on is still urgent, money or not elsewhere in the message.
    ['violence-now', '为了低保的钱 他把我按在地上 现在还在打'],
    // A drunk about to drive is still urgent.
    ['other-emergency', '他喝得偏偏倒倒的 硬要开车去镇上 车上还有两个娃'],
  ]);
});
