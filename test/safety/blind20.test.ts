import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One class per row pair that blind-20 (danger-k, another writer's personas; first run 24/30, 3/30 false)
// showed, each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-20', () => {
  urgentRows([
    // A grandchild by the doubled name, not back after dark; taken by someone who says he is kin (voice text, no stops).
    ['child-danger', '孙孙下午去割草 天都黑了还没回来 到处找不到'],
    ['child-danger', '我家孙孙在村口耍有个开车的男的说是他叔叔把他接走了他哪有叔叔'],
    // A slap named by the slap, and it goes on.
    ['violence-now', '我妹被她男人按在地上扇耳光 现在还在打'],
    ['violence-now', '几个大孩子把我弟堵在巷子里 扇他巴掌 他一直在哭'],
    // A poison told by what it kills, swallowed; 白末 typed for 白沫.
    ['other-emergency', '我妈把毒耗子的药当成面粉和在饭里吃了 现在吐白末'],
    ['other-emergency', '奶奶把打虫的药当成酱油倒进锅里了 吃了的人都在吐'],
    // Kept in, relayed, the one held left unsaid; 不给走; the phone about to go; a pyramid scheme's lectures.
    ['detention', '我弟在外地打工 打电话说被关在宿舍里 不给出门 手机等下就要被收走'],
    ['detention', '我在一个厂里 他们不给回家 门锁了 身份证被收了'],
    ['detention', '女儿说进了个公司 天天开课讲赚大钱 不让走 电话偷偷打的'],
    // Held abroad by a scam compound, told on the phone; taken off by a group to where nobody is.
    ['detention', '我侄儿在那边 说被人控制了 逼他打电话骗人 护照被扣了'],
    ['detention', '我表弟说他在网吧被几个人拉出去 带到一个没人的地方 现在手机快没电了'],
    // An order made in the past still stands, and he is there now.
    ['protection-order-breach', '去年法院下了保护令 不准他靠近我 今天他又在我家门口转'],
    ['protection-order-breach', '上个月派出所给他发了告诫书 他刚才又来敲门'],
    // Traditional forms of the words around the harm.
    ['weapon-threat', '他翻牆進來了 拿著刀在臥室門口'],
    ['home-emergency', '火燒起來了 屋裡還有老人出不來'],
    // Fallen over where one stood, and no answer or no breath.
    ['other-emergency', '我阿嬤在浴室跌倒了 叫她都沒反應'],
    ['other-emergency', '外公在路上绊倒了 脸发紫 喘不上气'],
    // Plain short Mandarin: a person and what just happened in a few characters, a chase to cut, a plea to stop
    // with a cry for help.
    ['weapon-threat', '他拿刀了'],
    ['other-emergency', '我流血了'],
    ['other-emergency', '俺男人摔下去了'],
    ['weapon-threat', '那人追着砍'],
    ['violence-now', '别打了 救命'],
    ['violence-now', '求你别打我了 快来人'],
    // A supposition and a legal question, and then a cry: the cry keeps the clauses between them.
    ['weapon-threat', '万一他冲进来 拿着刀 犯法吗 快点来人'],
    ['weapon-threat', '他是不是疯了 拿刀砍我 救命 我能告他吗 快来'],
    // A tooth knocked out is a person's (门牙 is no door).
    ['violence-now', '把他门牙打掉了 还在打'],
    // Lying in wait below for someone, night after night (a teen's 蹲我).
    ['stalking-assault', '真的有人在我宿舍楼下蹲我 已经三个晚上了 今晚又来了 好怕'],
    ['stalking-assault', '有个男的天天在校门口堵她 今天又来了 她不敢出去'],
    // The same personas, beyond the batch: a child called over by an older one, told to keep it secret, the door shut
    // (watching TV at his place is what the child was doing, not news).
    ['stalking-assault', '隔壁伯伯喊我去他屋里吃糖 叫我不要跟我妈说 然后把门锁上了'],
    ['stalking-assault', '有个叔叔叫我去他家看电视 还说不要告诉别人 他把门关了'],
    ['violence-now', '我在家看电视 突然听到隔壁有人喊救命 好像在打人'],
    // One syllable or the initials typed in pinyin inside a Chinese sentence, or a whole line in pinyin.
    ['weapon-threat', '救命 他要sha我 现在在门口'],
    ['violence-now', '我爸又在da我妈 我好怕'],
    ['self-harm', 'zs的念头越来越强 今晚就去河边'],
    // A wish to die said of oneself, not of a small thing.
    ['self-harm', '我难过得想死 不想活了'],
    ['violence-now', 'wo ma bei ren da le xian zai hai zai da'],
  ]);

  calmRows([
    // A supposition covers the clauses up to its legal question, whatever trails after it.
    '假如有人骂我妈 我冲上去打了他一拳 这个犯法吗 我就是问问哈',
    '要是我说要砍死他 算不算威胁 随便问问😅',
    // Schoolwork or a job feared as a "kill".
    '考试又考砸了 班主任明天要弄死我 呜呜',
    '报表今天交不了 老板要杀了我 救命',
    '期末考砸了 我妈知道了要杀了我 怎么办',
    // Tiredness said as a body breaking.
    '插了一天秧 腰都快断了 想问下补贴啥时候发',
    '累成狗 腿都快跑断了 今天送了两百单',
    // 马上 is no horse; a kin who comes for the child is no stranger; 等我 below is a friend.
    '马上过年了 牛关在圈里 不让出来',
    '幼儿园放学 有个开车的家长把孩子接走了 是他姑妈',
    '今天有人在楼下等我 一起去吃饭',
    // A secret kept for a gift, a door locked on the way out.
    '我给妈妈准备了生日礼物 先不要告诉她 是个秘密',
    '老师说考试成绩先别告诉家里 出门把门锁好',
    // A parent's threat to a thing for not studying; living away (在外面上大学) is no one at the door.
    '我妈说我再不好好学习就把我手机砸了 救命 😭',
    '我妹在外面上大学 说宿舍晚上十一点锁门 出不去 这正常吗',
    '我哥在外面打工 说厂里晚上锁大门 出不去 问能不能换个厂',
    // Pinyin next to a character that names no harm.
    'xswl 笑si我了 这个视频',
    'yyds 今天的dao削面好好吃',
    // Laughter typed in letters or digits; a small thing taken to a degree (难吃到想死).
    '今天的课无聊到想死 hhh',
    '尴尬得想死 当着全班的面摔了一跤',
    // A beast's chase (a left-behind child's day), safe home after it.
    '今天放学路上有条狗追我 我跑回家了 吓死我了',
    '被隔壁的鹅追着啄 哈哈',
    // Fallen over with a scraped knee.
    '路上滑 我摔倒了 膝盖破了点皮',
    // Short and everyday; a plea said laughing in a game; people at the water for fun.
    '拿刀切菜',
    '保护令',
    '放火',
    '流鼻血了吗',
    '别打了 救命 哈哈哈 我投降',
    '河里有人在钓鱼 好多鱼',
    // A passport lost, or held long ago and home now; a friend's outing.
    '护照被收了 想问怎么补办',
    '去年在那边被人控制了 护照也被扣了 现在回来了 能告他们吗',
    '被朋友拉出去吃饭了 好开心',
    // Bedridden for long, asked about as a benefit (run-on voice text).
    '我家老头子去年中风了现在在屋头躺着我想问下护理补贴咋个申请',
    '我妈瘫了好几年了一直卧床想问下残疾补贴',
  ]);
});
