import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseDanger } from '../../src/safety/index.js';
import { urgentRows } from './tables.js';

// One row per event frame, in words of our own (none from the blind batches or the probe files):
// each frame is who × harm × now, so a wording no set form lists is still caught.
describe('event frames catch new wordings of each kind of danger', () => {
  urgentRows([
    ['violence-now', '我舅舅被那几个人按住踢肚子 还在踢'],
    ['violence-now', '三个人打一个 那个小伙子已经躺下了'],
    ['violence-now', '他揪着我姐的头发往门框上磕 我姐在哭喊'],
    ['weapon-threat', '那帮人把我表哥拽到河滩上去了 扬言要废了他'],
    ['weapon-threat', '那人把杀猪刀从灶屋里拿出来了 说要找我爹拼命'],
    ['weapon-threat', '他腰里别着把砍刀 挨家挨户打听我住在哪里'],
    ['arson-poison-threat', '她放话说要把敌敌畏倒进他家的水窖里 药瓶都揣上了'],
    ['self-harm', '我大哥说活着真没用 想去陪我死去的妈'],
    ['self-harm', '我爸拎着绳子进了柴房 门从里面闩上了 喊他也不应'],
    ['self-harm', '我女儿发消息说以后照顾好外婆 现在电话一直关机'],
    ['self-harm', '我嫂子蹲在水库边上 哭着说对不起娃'],
    ['self-harm', '他说再逼他就去跳水库 已经往水库那边走了'],
    ['other-emergency', '我侄女把一颗磁铁吞下去了 在哭'],
    ['other-emergency', '我公公把柴油当成茶水了 喝了好几口'],
    ['detention', '他们把我弟的身份证收了 宿舍门从外面锁死了'],
    ['child-danger', '有个骑电瓶车的男人在校门口招手喊我外甥上车'],
    ['child-danger', '我外孙女到现在还没回家 村里问遍了都说没看到'],
    ['child-danger', '那个男的在电话里喊着要来把我家娃儿抱走'],
    ['other-emergency', '娃在雪地里冻了一晚上 现在嘴唇发紫 叫不应'],
    ['crowd-clash', '两伙人约好了在晒场干一架 都带了家伙 人已经到齐了'],
    ['protection-order-breach', '法院说他不准靠近我 他这会儿就守在我家院门口'],
    ['protection-order-breach', '请问离婚冷静期多久 还有 他现在就在楼下踹门 法院给过我保护令的'],
    ['stalking-assault', '下晚自习回家 身后有个人一直跟着 我快他也快'],
    ['stalking-assault', '有个醉汉蹲在我家窗户外面 今晚又来了'],
    ['home-emergency', '灶门口的柴把帘子点燃了 屋里全是烟 奶奶瘫在床上'],
    ['home-emergency', '塘埂在冒水 口子越来越大'],
    ['home-emergency', '家里一股煤气味 我妈说头晕想吐'],
    ['other-emergency', '我叔从房顶上摔下来了 叫他也没反应'],
    ['other-emergency', '我爸被蛇咬了一口 脚肿得发紫'],
    ['other-emergency', '老人说心口闷得很 一身冷汗 脸色煞白'],
    ['violence-now', '她男人把她推倒在田埂上骑在身上捶 她叫得好惨'],
    ['arson-poison-threat', '他从床底下翻出了上回剩的炸药 说要跟村主任拼了'],
    ['self-harm', '我奶奶说活着拖累儿女 叫我去把百草枯给她拿来'],
    ['self-harm', '我姐站在江边上 说再逼她就跳'],
    ['detention', '我被老乡骗进了传销窝点 身份证被收了 门口有人看着'],
    ['other-emergency', '我舅在地里突然栽倒了 口吐白沫'],
    ['other-emergency', '我外婆倒在灶屋门口 叫她也不应'],
    ['violence-now', '我弟被那伙人拦在桥洞底下 电话里全是他在喊'],
    ['violence-now', '她婆婆把她从台阶上推下去了 她现在站不起来'],
    ['weapon-threat', '那个人扛着锄头守在我家院坝外 说等我儿子放学'],
    ['home-emergency', '谷草堆叫人点了 火往猪圈那边窜'],
    ['other-emergency', '对面坡上冒浓烟 火已经烧过岭了'],
    ['self-harm', '我姑说日子过不下去 活着受罪 刚才一个人往河边去了'],
    ['self-harm', '他在群里发了一句这是最后一次麻烦大家 人就联系不上了'],
    ['child-danger', '我孙子说去同学家写作业 同学家说他没去过 手表打不通'],
    ['child-danger', '我家两岁的小孙女爬到三楼的阳台外面去了'],
    ['child-danger', '几个娃去河里耍水 有一个下去就没起来'],
    ['protection-order-breach', '法院判了他不准接近我 他刚才翻院墙进来了'],
    ['stalking-assault', '那个光棍趴在我家浴室窗子上偷看 我喊了他还不走'],
    ['home-emergency', '高压线掉下来搭在我家房檐上 一直噼啪响'],
    ['other-emergency', '我爸被三轮车撞了 腿压在车底下出不来'],
    ['other-emergency', '吃完席回来一家人都手麻 我妈倒在床边上'],
    ['violence-now', '两个人在牌馆里扭打 一个的鼻子被打出血了'],
    ['weapon-threat', '那个人在我女儿学校门口转来转去 他包里藏着一把刀'],
    ['home-emergency', '隔壁屋里有焦糊味 烟从窗缝冒出来 敲门没人应'],
    ['self-harm', '他拎着一桶汽油去了乡政府 说要在门口点了自己'],
    ['other-emergency', '我们吃了自己采的野菌子 我爸现在一直说胡话'],
    ['detention', '我哥被一伙人从工地上架走 塞进了一辆黑色的小轿车'],
    ['other-emergency', '我弟在堰塘边放牛 刚才滑下去了'],
    ['child-danger', '那个老头把隔壁的小男孩哄到他屋里 把门关上了'],
    ['stalking-assault', '地铁上那个男的一直贴着我 我走开他又跟过来了'],
    ['child-danger', '我家丫头赶集走散了 到现在天黑了还没回来'],
    ['child-danger', '鱼塘中间有个娃在扑腾 岸上没人'],
    ['other-emergency', '他从河里被拉上来 嘴唇乌青 不出气了'],
    // A person shut in a place named after animals or things (猪圈, 牛棚, 仓库) is still a person shut in.
    ['detention', '那几个人把我男人锁在牛棚里 两天没给吃的'],
    ['detention', '他们把她关在仓库里 手机也收走了'],
  ]);
});

// The senses the frames must not read as danger, one row per discount, in our own words.
describe('the frames leave everyday, past, supposed and asked-about senses alone', () => {
  it.each([
    ['livestock slaughter', '家里那只老山羊准备宰了过年吃'],
    ['a drill', '学校明天防火演习 要娃们假装着火了往操场跑'],
    ['sentencing in dialect', '把人打成重伤要判好久'],
    ['a crime named', '故意伤害和打架斗殴判得一样吗'],
    // Hurt at work, then who pays: 管不管 / 要管不 asks about liability, not for help.
    ['liability after an injury', '给亲戚砌围墙被砖砸伤了脚 他家管不管'],
    ['liability in dialect', '在老板的鱼塘帮工滑倒摔断了手 老板要管不'],
    ['a supposition asked about', '假如小偷翻墙进来 我用扁担把他打伤了 要不要负责'],
    ['discipline of a child', '娃不写作业 我拿衣架吓他 他一点都不怕'],
    ['a promise not to', '他在派出所写了保证书不再打我 还要不要申请保护令'],
    ['a wall knocked down', '他家的猪把我家的篱笆拱倒了 猪现在还在我菜地里'],
    ['a knife as goods', '镇上哪家店卖好点的砍刀 我要砍竹子'],
    ['an animal shut in', '他把我家的鸡关在他家圈里了 不还给我'],
    ['a wish said in anger', '气得我想拿扁担打他 他家的鸭子把我的秧苗全吃了 要赔吗'],
    ['blood pressure', '我爸血压一百七 吃了药好点了'],
    ['a question whether', '今年的河涨水了没有 想去打鱼'],
    ['on a platform', '快手上有人拿刀追人 是哪个地方的'],
    ['back at play', '娃从凳子上摔下来了 哭了几声 现在又在玩了'],
    ['an animal impounded', '我家的羊跑进人家果园被关起来了 要我赔钱才放'],
    ['a threat that came to nothing', '他说要把我家的鸡圈拆了 结果睡觉去了'],
    ['martial arts practice', '我女儿学武术 每天拿着棍子在晒坝上练'],
    ['a far-off plan', '我孙子说长大了要当警察 拿枪抓坏人'],
    ['a farm tool on land', '他说他要拿铁锹来把田坎铲回去 我说你铲我就去告你'],
    ['an animal poisoned', '我家狗把地里的老鼠药吃了 没救回来'],
    ['an old refrain', '我爸说我不回家他就不活了 这话都说了好多年了'],
    ['evidence asked about', '我想问问 他发短信说要砍我 截图能不能当证据'],
    ['a past word about a person', '刑满放出来的那个人今天来村委会办低保 要准备啥'],
    ['a pig to be slaughtered', '家里的年猪明天要杀了 帮忙按猪的人还差两个'],
    ['a question with nothing now', '他打我算不算家暴 我想了解一下 现在还没跟他闹'],
    ['a barbecue', '夜市那家烤串的炭火旺得很 周末一起去'],
    ['a fire put out', '娃玩打火机把草堆点着了一点 我们自己浇灭了'],
    ['a fight at school dealt with', '我儿子在学校跟同学打架 把人家嘴巴打出血了 老师叫家长 要怎么道歉'],
    ['a worry about wires', '他家的电线乱拉到我家屋檐下 担心会着火 找谁管'],
    ['a dog threatened', '隔壁说要把我家那条狗打死 因为它咬了他的鸭子'],
  ])('%s: %s', (_why, text) => {
    expect(recogniseDanger(text)).toMatchObject({ urgent: false, kind: null });
  });
});

/** A batch kept as data: `{id, text, urgent}` lines. */
function score(name: string): [number, number] {
  const rows = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; urgent: boolean });
  const found = rows.filter((r) => r.urgent && recogniseDanger(r.text).urgent).length;
  const alarms = rows.filter((r) => !r.urgent && recogniseDanger(r.text).urgent).length;
  return [found, alarms];
}

// First runs, before any rule was changed for them: probe-12 42/66 and 6/36 false (before the frames),
// probe-13 34/50 and 2/30, probe-14 25/40 and 8/40, blind-11 (another agent's) 33/40 and 4/40,
// probe-15 (written after blind-11's fixes) 33/40 and 2/40, probe-16 22/40 and 6/30,
// probe-17 18/30 and 6/30, probe-18 (written after all of these) 18/20 and 1/20, probe-19 29/30 and 1/30,
// blind-12 (another agent's, measured before any change for it) 27/30 and 3/30,
// probe-20 (written after blind-12's fixes) 15/20 and 2/30, probe-21 (after probe-20's) 9/15 and 4/25,
// probe-22 (after probe-21's) 36/44 and 7/42, blind-13 (danger-d, another writer's, measured before any change for it) 32/40 and 4/40,
// blind-14 (danger-e, another writer's, measured once by the lead at main before any change for it) 32/40 and 4/40,
// blind-15 (danger-f, another writer's, measured the same way) 35/40 and 3/40, blind-16 (danger-g) 26/30 and 1/30,
// blind-17 (danger-h) 24/30 and 2/30, blind-18 (danger-i) 26/30 and 5/30, blind-19 (danger-j) 33/40 and 3/40,
// blind-20 (danger-k, another writer's personas) 24/30 and 3/30, blind-21 (danger-l, after the danger-j fixes) 27/30 and 0/30,
// blind-22 (danger-m, after the danger-l fixes) 27/30 and 0/30.
// All were tuned on after; held to what they score now.
describe('our batches as a whole', () => {
  it.each([
    ['probe-12.jsonl', 66, 0],
    ['probe-13.jsonl', 50, 0],
    ['probe-14.jsonl', 40, 0],
    ['blind-11.jsonl', 40, 0],
    ['probe-15.jsonl', 40, 0],
    ['probe-16.jsonl', 40, 0],
    ['probe-17.jsonl', 30, 0],
    ['probe-18.jsonl', 20, 0],
    ['probe-19.jsonl', 30, 0],
    ['blind-12.jsonl', 30, 0],
    ['probe-20.jsonl', 20, 0],
    ['probe-21.jsonl', 15, 0],
    ['probe-22.jsonl', 44, 0],
    ['blind-13.jsonl', 40, 0],
    ['blind-14.jsonl', 40, 0],
    ['blind-15.jsonl', 40, 0],
    ['blind-16.jsonl', 30, 0],
    ['blind-17.jsonl', 30, 0],
    ['blind-18.jsonl', 30, 0],
    ['blind-19.jsonl', 40, 0],
    ['blind-20.jsonl', 30, 0],
    ['blind-21.jsonl', 30, 0],
    ['blind-22.jsonl', 30, 0],
  ])('%s finds %i urgent with %i false alarms', (name, found, alarms) => {
    expect(score(name)).toEqual([found, alarms]);
  });
});
