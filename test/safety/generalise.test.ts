import { describe, expect, it } from 'vitest';
import { recogniseDanger } from '../../src/safety/index.js';
import { calmRows, urgentRows } from './tables.js';

// One row per class found after probe-19 (first run 29/30, 1/30 false), each in wordings of its own,
// none of them the probe's text.
describe('classes of wording added after probe-19', () => {
  urgentRows([
    // At an edge and saying why (not only 要跳).
    ['self-harm', '我妹坐在水库大坝的护栏外边 说活着太受罪'],
    ['self-harm', '他爬到楼顶栏杆外头了 一直说对不起大家'],
    // Breath stopped by force.
    ['violence-now', '我后爹拿枕头捂住我弟的脸'],
    ['violence-now', '她男人把她摁进水桶里 头都没起来'],
    // Carried off by moving water.
    ['child-danger', '有个细娃被河水卷走了 在往下游漂'],
    ['home-emergency', '对岸的老汉被洪水冲下去了'],
    // A fire on the hill moving toward homes.
    ['other-emergency', '坡上在烧 火往我们组这边扑过来'],
  ]);

  calmRows([
    // 要命 said of heat, work or a price is hyperbole; only 要你的命 threatens someone.
    '这两天忙得要命 秧都没插完',
    '药费贵得要人命',
    // Set sayings built from harm words.
    '他这招叫杀鸡给猴看',
    '这是火上浇油 你别去劝了',
    // An object after a place phrase is still a thing: 砍掉坡上那几根竹子.
    '明天要砍掉坡上那几根竹子',
    // The animal is the topic of its own clause: 这只鹅 明天宰.
    '这只鹅明天要宰 你记得来拿',
    // A slight symptom, or a body at rest.
    '我妈腰有点肿 贴了膏药躺着歇一会',
    // The one who threatened is already held.
    '那个说要砍村长的 已经被抓起来了',
    // A scam's story.
    '刚接到个电话说我女儿被绑了要打钱 一查是诈骗电话',
    // Swept off, but a thing.
    '院里晒的玉米被雨水冲走了一些',
  ]);

  it('a real threat to someone stays urgent', () => {
    expect(recogniseDanger('他说今晚就要你的命')).toMatchObject({ urgent: true });
    expect(recogniseDanger('他拿刀说要了我的命')).toMatchObject({ urgent: true });
  });
});

// One row per class blind-12 showed (first run 27/30, 3/30 false), in wordings that are not the batch's.
describe('classes of wording added after blind-12', () => {
  urgentRows([
    // Going away together, and led to the water or a height.
    ['self-harm', '我嫂子说要跟娃一块走 把娃背到河边去了 喊她也不回'],
    // Fire coming with the wind, however many words stand between 火 and 往.
    ['other-emergency', '梁子那边的火借着风势往寨子烧 好几家人还在屋里'],
    // A balcony or a numbered floor is a height; a leg over it is the edge.
    ['self-harm', '我爸在六楼阳台外边站着 说再逼他他就跳'],
    ['self-harm', '她坐在窗台上 一只脚已经伸出去了 说对不起'],
  ]);

  calmRows([
    // A crowd at work holds its tools, not weapons.
    '下周组里二三十个人出工修渠 要带锄头和铁锹',
    '后天全村人一起帮老杨家盖房 抬石头的人不够',
    // A parent's scolding over everyday conduct.
    '我爸讲我再不找对象就打死我 怎么跟他说',
    '我外婆说我再玩手机就把手打断 好凶',
    // The writer laughing at what they tell.
    '我老公说我再买衣服就砍死我 哈哈哈',
  ]);

  it('a crowd at odds, a scolding with a weapon at the door, or laughter with a cry stay urgent', () => {
    expect(recogniseDanger('修路的事 两个组几十个人拿着锄头对上了')).toMatchObject({ urgent: true });
    expect(recogniseDanger('我爸说我再不回家就打断我的腿 他现在拿着棍子在门口等我')).toMatchObject({ urgent: true });
    expect(recogniseDanger('我老公说我再回娘家就打死我 他现在在砸门')).toMatchObject({ urgent: true });
  });
});

// One row per class probe-20 showed (first run 15/20, 2/30 false), in wordings that are not the probe's.
describe('classes of wording added after probe-20', () => {
  urgentRows([
    // A blow aimed at anyone's body, kin names included (not an injection).
    ['violence-now', '他舅舅拿钢管朝我哥腰上抡'],
    // A weapon pulled out from where it was kept, and someone named to be found.
    ['weapon-threat', '我公公把斧头从柴堆里摸出来了 说要去找村长'],
    // The means of dying pocketed, and never coming back (走之前 is not the past).
    ['self-harm', '我爸把一包老鼠药装在衣兜里上山了 出门前说再也不回家了'],
    // Sat at the water's edge and not going back.
    ['self-harm', '我姐在河边坐了一上午 说不想回家了'],
    // A drunk man at the door of someone alone.
    ['stalking-assault', '有个喝多了的男的在推我宿舍的门 我一个人住'],
  ]);

  calmRows([
    '卫生院的医生往他胳膊上打针',
    // Toil said as a broken body.
    '插了一天秧 腿都快断了',
    // A child's bargain for something wanted.
    '我儿子说再不给他买游戏机他就去跳河 才六岁',
  ]);
});

// One row per class probe-21 showed (first run 9/15, 4/25 false), in wordings that are not the probe's.
describe('classes of wording added after probe-21', () => {
  urgentRows([
    // A knock or a blow from behind, and a body lying out.
    ['violence-now', '我老汉被人拿砖敲了脑壳 现在倒在路边'],
    // A weapon slapped down in front of someone, and 见红.
    ['weapon-threat', '他把一把菜刀拍在我家灶台上 说不给钱就见红'],
    // Poison put in, said with 把.
    ['arson-poison-threat', '他扬言要把我家水窖里下药 已经往我家这边走了'],
    // The end of a life said, and nobody knows where.
    ['self-harm', '我哥半夜发消息说这辈子就这样了 现在不知道人在哪'],
    // A beast's attack on a person.
    ['other-emergency', '我爸被野猪顶翻了 腿上一个大洞'],
    // Lit by accident, smoke in the room, someone slow to get out.
    ['home-emergency', '电热毯把床单点着了 屋里全是烟 我奶奶腿脚不好'],
  ]);

  calmRows([
    '天天熬夜带娃 要了我的老命',
    '有只黄鼠狼爬进鸡圈了 叼走一只鸡',
    '微信群里传镇上有人抢小孩 是真的吗',
    '广播里说外省发了洪水 冲垮了好多房子',
    '我家的鸭子被野狗咬死了三只 找谁赔',
    // A stick shown to a child who will not mind.
    '我孙子不肯读书 拿竹条吓唬他也不听',
  ]);
});
