import { describe, expect, it } from 'vitest';
import { dangerLines, recogniseDanger } from '../../src/safety/index.js';
import { calmRows, urgentRows } from './tables.js';

// One row per class probe-22 (first run 36/44, 7/42 false) and blind-13 (danger-d, first run 32/40,
// 4/40 false) showed, in wordings of our own written after the fixes (first run on these 27/30, 4/30
// false; the misses and false alarms were fixed as classes too). None is a batch's text.
describe('classes of wording added after probe-22 and blind-13', () => {
  urgentRows([
    ['home-emergency', '对门老张家的牛圈烧起来了 风一吹火就往我家灶房这边卷'],
    ['home-emergency', '隔壁烤烟房着火了 我家挨着的 柴房已经冒烟了'],
    ['home-emergency', '后面那家的稻草堆燃起来了 火星子落到我家房顶的瓦上'],
    ['home-emergency', '邻居家房子起火 火快烧过来了 我家里还有两个娃在睡觉'],
    ['home-emergency', '旁边的废品站烧起来了离我家只有几米 浓烟往屋里灌'],
    ['detention', '几个人把我弟硬塞进一辆白色小车 往镇上方向跑了'],
    ['detention', '我老婆在街上被两个男的架起就走 塞到车后座上了'],
    ['detention', '有个人把我妈往三轮车上拖 我妈一直在挣'],
    ['detention', '我表妹被人拖上面包车 拉走了 电话关机'],
    ['detention', '刚才在路边看到一个女的被人拽进车里 她在喊救命'],
    ['weapon-threat', '有个醉汉把酒瓶子砸碎了 拿着碎瓶口对着过路的人 喊谁过来就捅谁'],
    ['weapon-threat', '他抓起一根钢筋在我家院坝里乱挥 说哪个出来就打死哪个'],
    ['weapon-threat', '那个人手里捏着一把螺丝刀 抵到我爸的腰上 要我们把钱拿出来'],
    ['weapon-threat', '他拿起一块碎玻璃比着他老婆的脖子'],
    ['arson-poison-threat', '他把一桶汽油泼在我家大门上 手里拿着打火机'],
    ['arson-poison-threat', '那个疯子在我家柴房门口堆了好多干草 拿着火柴说要点'],
    ['arson-poison-threat', '隔壁说今晚要往我家水窖里放农药 他刚刚提了个瓶子在水窖边上'],
    ['arson-poison-threat', '他扬言要在我们家的饭锅里下老鼠药 还说一家都别想活'],
    ['other-emergency', '我奶奶有点糊涂 下午出去放牛 天黑了还没回来 到处找都找不到'],
    ['other-emergency', '外公七十多岁了 早上去赶场到现在没回 电话一直没人接'],
    ['child-danger', '娃儿在河坎边耍水 转个身就只看见他的帽子漂在河里'],
    ['home-emergency', '一进门就闻到一股煤气味 我老公倒在厨房地上'],
    ['home-emergency', '屋里一股臭鸡蛋味 婆婆说头痛得很 一直想吐'],
    ['other-emergency', '工地上的墙倒了 有个人被砖头埋到腰了 还在喊救命'],
    ['weapon-threat', '他攥着菜刀在门口守着 说等我男人回来就砍'],
    ['detention', '我被老板锁在厂里的宿舍 不让我走 手机也收了'],
    ['stalking-assault', '他拉着我往苞谷地里拖 我拼命喊'],
    ['violence-now', '有人在砸我家的窗子 我和娃躲在楼上'],
    ['violence-now', '我男人掐着我的脖子往墙上撞'],
    ['other-emergency', '我弟喝醉了开着摩托车带着他娃上路了'],
  ]);

  // Each widened class with the everyday sense it must leave alone: goods and kin in a car,
  // firewood under the eaves, poison for pests, an old person away on purpose, a beast hurt.
  calmRows([
    '我把柴堆在屋后檐坎下 免得被雨淋湿',
    '拿打火机点一下灶 火就着了 做饭',
    '去年邻居家草堆着火烧到我家柴房 赔偿的事调解好了',
    '把几头猪赶上车拉去屠宰场',
    '我们把行李塞进车里 准备回老家过年',
    '他开车把我妈拉到镇上看病',
    '娃儿被他爸抱上车去外婆家了',
    '几十个人拿着锄头铁锹去清河沟',
    '今天在田里撒药 给秧苗治虫',
    '要在鱼塘里撒点药 清塘消毒',
    '厨房里放了老鼠药 老鼠多得很',
    '我爸去打牌还没回来 电话也不接',
    '奶奶去走亲戚了 今晚不回来 电话打不通可能没信号',
    '家里的狗被车撞了一下 腿流血了',
    '鸡被黄鼠狼咬死了两只',
    '气得我浑身发抖 他借钱不还还骂人',
    '炒辣椒呛得一屋子人咳嗽',
    '坡上在烧荒 镇上说要注意',
    '那回他说要喝药 后来被劝好了 现在去广东打工了',
    '火锅底料炒糊了 一屋子烟',
    '我儿子的书包丢了 学校能不能帮找',
    '工资卡在我妈那里 我要不回来',
    '我们几十个人一起去修水渠 带了锄头和撬棍',
    '刚才锅里的油着了 我拿锅盖压灭了 没事',
    '他说谁来借钱就骂谁',
    '这把螺丝刀是谁的 拿去修一下车',
    '我拿着扳手在修摩托车 手上全是油',
    '把那个旧煤气罐搬到院子里 明天有人来收',
    '我老汉天黑了还在地里干活 喊他回来吃饭',
    '新闻说有人被拖上面包车 后来警察救出来了',
  ]);

  it('an old person lost is a call to 110, a child taken into a van stays a child in danger', () => {
    expect(dangerLines(recogniseDanger('我爷爷八十了 早上上山 天黑了还没回来 电话打不通'))[0]).toMatch(/^请立即拨打110/);
    expect(recogniseDanger('一辆面包车把一个背书包的小娃儿拖上车开走了')).toMatchObject({ urgent: true, kind: 'child-danger' });
    expect(recogniseDanger('他被警察按住 押上了警车')).toMatchObject({ urgent: false });
  });
});

// A second round of our own wordings (first run 23/25, 2/25 false), one row per class it showed.
describe('classes of wording added after the second round', () => {
  urgentRows([
    // Shut in with the means in the room, and nobody answers the door.
    ['self-harm', '我哥把自己反锁在屋里 屋里一股烧炭的味道 敲了半天没人应'],
    // Gone since last night and still not back: the absence is now.
    ['other-emergency', '我外婆有点糊涂 昨天下午出门就一直没回来 我们到处在找'],
  ]);

  calmRows([
    // The threat taken home by his own people, or the culprit already caught.
    '刚才他提着棍子在我家门口闹 被他老婆拉回家了 现在回屋睡了',
    '我表姐说她们镇上有人往水缸里下药 被抓了',
    // A recent past with nothing still away.
    '昨晚我爸出去喝酒 半夜回来的 今天还在睡',
  ]);
});

// A third round of our own wordings (first run 12/12, 3/20 false): the calm senses it showed.
describe('calm senses added after the third round', () => {
  calmRows([
    // Luckily nobody was under it.
    '屋后的堡坎垮了一截 幸好没人在那里',
    // A school run.
    '早上把孙子抱上三轮车 送到学校去',
    // Taken home by his own father.
    '刚才他拿着打火机说要烧我家柴房 被他爹喊回去了',
  ]);

  it.each([
    ['detention', '我闺女放学路上被一个男的硬拽上摩托车 往坡那边骑走了'],
    ['weapon-threat', '他抡着锄头站在田坎上 喊哪个敢下田就挖死哪个'],
    ['child-danger', '有个陌生男的把我孙子抱上车 说送他回家 车开走了'],
  ])('still urgent, %s: %s', (kind, text) => {
    expect(recogniseDanger(text)).toMatchObject({ urgent: true, kind });
  });
});

// A fourth round (first run 2/2, 3/17 false): the calm senses it showed.
describe('calm senses added after the fourth round', () => {
  calmRows([
    // A parent's saying repeated every day, doomed (别想活了), not a threat to lives.
    '再不好好读书你们都别想活了 我爸天天这么说',
    // Cracking nuts outside.
    '我爷爷在外头砸板栗 噼里啪啦的',
    // The old one found and fetched home.
    '奶奶天黑了还没回来 打电话也没人接 后来在二叔家找到了',
  ]);

  it('a real threat to a household and a scam-free call stay urgent', () => {
    expect(recogniseDanger('他在电话里说今晚过来 你们一家都别想活')).toMatchObject({ urgent: true });
    expect(recogniseDanger('刚接到电话 我妈在河边摔下去了 现在没反应')).toMatchObject({ urgent: true });
  });
});
