import { foldText } from './fold.js';
import { segmentsOf } from './segments.js';
import * as W from './words.js';

/** The risk labels of a dispute (the reports' Risk). */
export type StoryRisk = 'homicide' | 'mass_incident' | 'petition' | 'other';

const rx = (source: string) => new RegExp(source, 'u');

// A story keeps its threats even when they are settled ("扬言要杀人，已调解"): the centre still
// wants to know. Supposed and negated threats ("没有扬言") are dropped. A crowd that 冲 rushes somewhere
// is massed; 两个组起了冲突 names a clash, which is told by what was threatened or done in it.
const THREATS: [StoryRisk, RegExp][] = [
  [
    'homicide',
    rx(
      `${W.INTENT}[^，。]{0,6}(?:${W.KILL}|烧死|毒死|放火|投毒|下毒|点了)(?!${W.NOT_PERSON})|${W.KILL}了?${W.PERSON}(?!${W.NOT_PERSON})|${W.INTENT}[^，。]{0,4}${W.KILL_SAYING}|要(?:了)?(?:你|我|他|她)?的?命|拿命|偿命|同归于尽|灭门|出人命|(?:${W.INTENT})[^，。]{0,4}(?:打残|弄残|废了)`,
    ),
  ],
  [
    'mass_incident',
    rx(
      `(?:约|喊|叫|召集|组织|煽动|号召)[^，。]{0,8}(?:人|村民|工人|大家)[^，。]{0,10}(?:聚集|堵|围|闹|去)|${W.GROUP}[^，。]{0,12}(?:堵|围|聚集|冲(?!突))|(?:要|扬言|准备)[^，。]{0,6}(?:堵路|封路|拦路|堵门|围堵|聚集)`,
    ),
  ],
  ['petition', rx(`(?:要|扬言|准备|说要|打算|威胁)[^，。]{0,8}(?:上访|信访|越级|进京|到北京|去北京|上北京|赴京|去省里|到省里|去市里告|到县里告|去县里告|找上级|闹访)`)],
  ['other', rx(`${W.INTENT}[^，。]{0,6}(?:自杀|寻死|喝农药|喝药|跳河|跳楼|上吊|轻生|寻短见|死给|不活了)|不想活|不活了|死了算了`)],
];
const NEGATED = rx(`(?:没有|没|未|无|不会|不再)(?:${W.INTENT})?$`);

/**
 * Threats told in a dispute's story, named or not: storyRisks('王老五扬言要杀了李四') → ['homicide'].
 * A story is read whatever its time: a threat made last week is still a risk to record.
 */
export function storyRisks(text: string): StoryRisk[] {
  const live = segmentsOf(foldText(text))
    .filter((s) => !rx(W.HYPOTHETICAL).test(s.text))
    .map((s) => s.text);
  const found = new Set<StoryRisk>();
  for (const seg of live) {
    for (const [risk, re] of THREATS) {
      const m = re.exec(seg);
      if (m && !NEGATED.test(seg.slice(Math.max(0, m.index - 3), m.index))) found.add(risk);
    }
  }
  return [...found];
}
