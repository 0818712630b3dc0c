import type { Citation } from './knowledge.js';

/**
 * The articles a danger answer may cite: the laws that protect a person now (family violence, public
 * order, women, children and the old, the petition rules for a crowd) and, of the Civil Code and the
 * Criminal Law, only the parts on harm to a person. Retrieval on a frightened message can land anywhere
 * (a dog-bite article for 掐脖子, the mediation law for a knife at the door, card fraud for 追着打); in
 * danger an unrelated statute must not follow the number to call, so whatever else it finds is dropped.
 */
const WHOLE_LAWS: ReadonlySet<string> = new Set([
  '中华人民共和国反家庭暴力法',
  '中华人民共和国治安管理处罚法',
  '中华人民共和国妇女权益保障法',
  '中华人民共和国未成年人保护法',
  '中华人民共和国老年人权益保障法',
  '信访工作条例',
]);

type Span = readonly [number, number];
const PARTS: Readonly<Record<string, readonly Span[]>> = {
  // 181 self-defence; 990–1039 the rights of the person (life, body, health, freedom); 1042 family violence forbidden.
  中华人民共和国民法典: [
    [181, 181],
    [990, 1039],
    [1042, 1042],
  ],
  // 20–21 self-defence and necessity; 114–115 arson, explosion, poisoning; 232–262 crimes against the person;
  // 290–293 crowds disturbing order, affray, picking quarrels.
  中华人民共和国刑法: [
    [20, 21],
    [114, 115],
    [232, 262],
    [290, 293],
  ],
};

/** protectsInDanger({ law: '中华人民共和国民法典', article: 1245 }) → false (harm done by animals). */
export function protectsInDanger(c: Citation): boolean {
  if (WHOLE_LAWS.has(c.law)) return true;
  return (PARTS[c.law] ?? []).some(([from, to]) => c.article >= from && c.article <= to);
}
