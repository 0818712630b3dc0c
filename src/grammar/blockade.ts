import { alternation } from '../kernel/text.js';

/**
 * A road or a site blocked by a crowd, said with a verb and its object the way a story goes
 * (十几户把施工的路堵了, 大家要去把工地堵了, 村民围了村委会). The risk tables hold 堵路 as a noun
 * phrase that is also an everyday word (材料堵路), so a story's blockade is named for them first.
 */
export interface BlockadeWords {
  /** 堵, 围, 拦: what a crowd does to a road or a gate. */
  verbs: string[];
  /** Places that are a blockade whoever blocks them: 工地, 挖机, 村委会, 政府. */
  sites: string[];
  /** Places one neighbour may block too (路, 大门): a blockade only when a crowd is said. */
  paths: string[];
  /** Words for many people: 大家, 村民, 十几户, 一帮人. */
  crowds: string[];
}

/** The word the risk tables read a crowd's blockade by (聚众 is a mass-incident word, never everyday). */
const NAMED = '聚众堵路';

/** Compiles the words once; the function returns the story with each blockade named. */
export function compileBlockade(w: BlockadeWords): (story: string) => string {
  const verbs = alternation(w.verbs);
  // 把[施工的路]堵了 / 把[路]堵得死死的 / 围了[村委会]; 了 may have been taken out before (story.ts).
  const said = new RegExp(`把([^,;。 ]{0,12}?)(?:${verbs})|(?:${verbs})(?:了|住)?([^,;。 ]{0,4}?(?:${alternation(w.sites)}))`, 'gu');
  const site = new RegExp(alternation(w.sites), 'u');
  const path = new RegExp(alternation(w.paths), 'u');
  const crowd = new RegExp(alternation(w.crowds), 'u');
  return (story) => {
    const crowded = crowd.test(story);
    return story.replace(said, (m, object?: string, after?: string) => {
      const what = object ?? after ?? '';
      return site.test(what) || (crowded && path.test(what)) ? NAMED : m;
    });
  };
}
