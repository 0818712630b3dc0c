import { type ClassRow, classesAnswered } from './classes-table.js';

const CIVIL = '中华人民共和国民法典';
const FOREST = '中华人民共和国森林法';
const CONSUMER = '中华人民共和国消费者权益保护法';

// Classes rural-j (another writer's blind set, first run hit@3 88.9%, hit@1 48.1%) showed, each in
// wordings of our own that are in no set: the right article must be among the three shown.
const CLASSES: ClassRow[] = [
  ['the way across his plot shut for good (堵死, 封死), nothing gets through', '我家去井边挑水要走他家屋后那条小路 他用铁丝网封死了 人都过不去', CIVIL, 291],
  ['the way across his plot shut for good (堵死, 封死), nothing gets through', '上坡的路要经过他家林子边上 现在拿刺笼堵死了 板车都拉不过去', CIVIL, 291],
  ['the way across his plot shut for good (堵死, 封死), nothing gets through', '去我家地里要从他家果园边上过 他拿木桩把路口封死了 车子开不进去', CIVIL, 291],
  ['felling a number of trees to sell: is a permit needed', '承包山上的松树想砍二十棵卖钱 要不要去林业站办手续', FOREST, 56],
  ['felling a number of trees to sell: is a permit needed', '山上种的杉树想砍百把棵卖给木材厂 得办证不', FOREST, 56],
  ['seed bought that never came up', '赶场买的谷种撒下去一大半不出芽 卖种子的不认 能叫他赔吗', CONSUMER, 62],
  ['seed bought that never came up', '在农资店买的菜种 种了半个月都没出苗 找老板赔得到不', CONSUMER, 62],
  ['trees on the boundary each household calls its own', '两家交界那片松林 都说是自家栽的 他现在要砍 我能不能拦', FOREST, 22],
  ['trees on the boundary each household calls its own', '山上那片竹林我家和他家都讲是自己的 林权证也不清 咋个解决', FOREST, 22],
];

classesAnswered('rural-j question classes on the shared corpus', CLASSES);
