import { describe, it } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-15 (danger-f, another writer's; first run 35/40, 3/40 false) showed,
// each in wordings of our own. None is the batch's text.
describe('classes of wording added after blind-15', () => {
  urgentRows([
    // Breathing failing, said in dialect (出不赢气, 嘴皮乌了).
    ['other-emergency', '我爸脸色乌青 出不赢气了 咋个办'],
    ['other-emergency', '奶奶喘不赢 嘴巴都乌了'],
    // Last words to the reader, and what is theirs handed over.
    ['self-harm', '这是最后一次给你发信息了 帮我把屋头两只鸡喂好'],
    ['self-harm', '妈 最后一回跟你讲话了 娃娃你帮我带好'],
    // A plea in a whisper while it goes on.
    ['violence-now', '他又在楼下砸东西了 我躲在厕所不敢出声 快来人'],
    // A small child shut in a locked car, nobody beside it.
    ['child-danger', '小娃锁在车里了 钥匙落在里头 太阳好大'],
    ['child-danger', '车门锁死了 我家娃还在车上睡觉 车停在太阳坝'],
  ]);

  calmRows([
    // Look-alikes of the classes above.
    '最后一次提醒大家 周五前交周报',
    '钥匙锁在车里了 咋个开 有没有开锁师傅电话',
    '娃娃在车上睡着了 车门锁上了 我在旁边守着的',
    '开会的时候不敢出声 怕领导骂',
    '我爷爷以前喘不赢气 后头医好了',
    // A supposition asked about the law, with 还 as repaying (逼他还).
    '假如他借钱不还 我把他锁在屋头逼他还 算不算违法',
    // A blade sharpened for wood work (磨快点 is sharper, not hurry).
    '后天去山上劈柴 斧头得磨快点',
    // An official's talk about violence, and what it taught.
    '上午司法所来村里讲防诈骗和家暴 讲了遇到事情打110',
  ]);
});
