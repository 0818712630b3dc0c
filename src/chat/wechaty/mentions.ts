/**
 * How WeChat writes an @-mention: the client inserts `@` + the display name + U+2005 (FOUR-PER-EM
 * SPACE). Display names may hold spaces, symbols, emoji and even `@`, so the U+2005 is the only
 * reliable end of a name. Typed mentions (and some clients) use a normal space or end the line
 * instead; those are accepted when the name is known or has no space in it.
 */
export const MENTION_END = '\u2005';

/** Every way the name after one `@` can be read, longest first: "@A@B" → ["A@B", "B"]. */
function readings(segment: string): string[] {
  const out: string[] = [];
  for (let i = segment.indexOf('@'); i >= 0; i = segment.indexOf('@', i + 1)) {
    const name = segment.slice(i + 1).trimEnd();
    if (name) out.push(name);
  }
  return out;
}

/** The name of a mention closed by U+2005: a known reading if any, else the one after the last `@`. */
function closedMention(segment: string, known: ReadonlySet<string>): string | null {
  const all = readings(segment);
  return all.find((name) => known.has(name)) ?? all.at(-1) ?? null;
}

/**
 * Names of a typed mention in one line (no U+2005): `@known name` anywhere, or a space-free name
 * that starts a word (so e-mail addresses are not mentions).
 */
function typedMentions(line: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let rest = line;
  for (let at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@')) {
    const before = rest[at - 1];
    const tail = rest.slice(at + 1);
    const knownName = [...known].filter((n) => tail.startsWith(n) && /^(\s|$)/.test(tail.slice(n.length)));
    const name = knownName.sort((a, b) => b.length - a.length)[0] ?? plainName(tail, before);
    if (name) found.push(name);
    rest = tail.slice(name?.length ?? 0);
  }
  return found;
}

const plainName = (tail: string, before: string | undefined): string | null => {
  if (before !== undefined && !/\s/.test(before)) return null;
  const name = /^[^\s@]+/.exec(tail)?.[0];
  return name ?? null;
};

/**
 * The display names @-mentioned in `text`, in order. `knownNames` (e.g. the room's members) helps
 * to read names that contain spaces or `@`.
 * @example parseMentions('@网格助手\u2005@张三🌾\u2005请处理') → ['网格助手', '张三🌾']
 */
export function parseMentions(text: string, knownNames: Iterable<string> = []): string[] {
  const known = new Set(knownNames);
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const parts = line.split(MENTION_END);
    const last = parts.pop() ?? '';
    for (const segment of parts) {
      const name = closedMention(segment, known);
      if (name) names.push(name);
    }
    names.push(...typedMentions(last, known));
  }
  return names;
}

/**
 * The text without the @-mentions in front of it, trimmed: "@网格助手\u2005#帮助" → "#帮助".
 * Only mentions closed by U+2005 (or a known name) are removed, so ordinary text is never eaten.
 */
export function stripLeadingMentions(text: string, knownNames: Iterable<string> = []): string {
  const known = [...knownNames].sort((a, b) => b.length - a.length);
  let rest = text.trimStart();
  for (;;) {
    if (!rest.startsWith('@')) return rest.trim();
    const end = rest.indexOf(MENTION_END);
    const name = known.find((n) => rest.startsWith(`@${n}`) && /^(\s|$)/.test(rest.slice(n.length + 1)));
    if (name !== undefined) rest = rest.slice(name.length + 1).trimStart();
    else if (end > 0 && !rest.slice(0, end).includes('\n')) rest = rest.slice(end + 1).trimStart();
    else return rest.trim();
  }
}

/**
 * What the WeChat client sends when `@name` is picked for one of `people` (the group's members):
 * `@name` + U+2005 in the text, and who was mentioned. Used by the mock world to speak like WeChat.
 */
export function clientMentions(text: string, people: readonly { id: string; name: string }[]): { text: string; ids: string[] } {
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const ids: string[] = [];
  let out = '';
  let rest = text;
  for (let at = rest.indexOf('@'); at >= 0; at = rest.indexOf('@')) {
    const after = rest.slice(at + 1);
    const who = byLength.find((p) => after.startsWith(p.name) && /^( |\n|$)/u.test(after.slice(p.name.length)));
    const taken = who ? after.slice(who.name.length).replace(/^ /u, '') : after;
    out += rest.slice(0, at) + (who ? `@${who.name}${MENTION_END}` : '@');
    if (who && !ids.includes(who.id)) ids.push(who.id);
    rest = taken;
  }
  return { text: out + rest, ids };
}
