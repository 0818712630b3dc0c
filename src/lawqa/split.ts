/** Which part of a development set an item belongs to: tuned on, or held out from every design choice. */
export type Split = 'tune' | 'heldOut';

/** FNV-1a: a fixed hash, so the split never changes between runs, machines or Node versions. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** One item in three is held out, chosen by its id alone: splitOf('stard-12') is always the same. */
export const splitOf = (id: string): Split => (fnv1a(id) % 3 === 0 ? 'heldOut' : 'tune');
