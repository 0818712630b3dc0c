import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlStatute } from './html.js';
import { mirrorUrl, partUrl, type Manifest, type ManifestLaw } from './manifest.js';

/** Downloads one URL's bytes; throws with a short reason (HTTP status, network error). */
export type Download = (url: string) => Promise<Uint8Array>;

export interface FetchOptions {
  manifest: Manifest;
  /** Base URL of a mirror (a folder of the prepared files); null = each law's public source. */
  mirror: string | null;
  /** Where the verified files are written, one `<title>.md` each. */
  saveDir: string;
  download?: Download;
  /** One line per law as it is done. */
  progress?: (line: string) => void;
}

export interface FetchReport {
  saved: { title: string; file: string }[];
  refused: { title: string; why: string }[];
}

const TIMEOUT_MS = 60_000;

/** Node's fetch, with a time limit and the HTTP status as the error. */
const httpDownload: Download = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

class Refused extends Error {
  /** Set when the server could not be reached at all (not an HTTP error): the rest on it are not tried. */
  constructor(
    message: string,
    readonly unreachable?: string,
  ) {
    super(message);
  }
}

async function verified(download: Download, url: string, expected: string, published: boolean): Promise<Uint8Array> {
  const shown = decodeURI(url);
  let data: Uint8Array;
  try {
    data = await download(url);
  } catch (err) {
    const why = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new Refused(`下载失败（${why}）：${shown}`, /^HTTP \d/.test(why) ? undefined : new URL(url).host);
  }
  const actual = sha256(data);
  if (actual === expected) return data;
  const whose = published ? '来源公布的' : '清单里的';
  throw new Refused(`文件校验不符，没有导入（${whose} sha256 是 ${expected.slice(0, 12)}…，下载到的是 ${actual.slice(0, 12)}…）：文件可能被改过或没下载完整。${shown}`);
}

/**
 * The Civil Code's eight books as one file: the first as it is, each later one without its
 * repeated "# 中华人民共和国民法典" line and the blank line after it, a blank line between books.
 */
export function joinCivilCodeBooks(books: readonly string[]): string {
  return `${books.map((b, i) => (i === 0 ? b : b.replace(/^#[^\n]*\n\n?/, ''))).join('\n\n')}\n`;
}

const utf8 = (data: Uint8Array) => new TextDecoder('utf-8').decode(data);

/** One law from its public source: every part verified, joined or converted as the manifest says. */
async function fromSource(o: FetchOptions, law: ManifestLaw, download: Download): Promise<string> {
  const parts: string[] = [];
  for (const p of law.parts) parts.push(utf8(await verified(download, partUrl(o.manifest, law, p.path), p.sha256, p.sha256Verified === false)));
  if (law.format === 'html') return htmlStatute(parts[0]!, law.title);
  const text = law.join === 'civil-code-books' ? joinCivilCodeBooks(parts) : parts[0]!;
  if (sha256(text) !== law.sha256) throw new Refused(`${law.parts.length} 个文件都校验通过，合成的全文却与清单不符，没有导入`);
  return text;
}

async function fetchOne(o: FetchOptions, law: ManifestLaw, download: Download): Promise<string> {
  const text = o.mirror ? utf8(await verified(download, mirrorUrl(o.mirror, law), law.sha256, false)) : await fromSource(o, law, download);
  const file = join(o.saveDir, law.file);
  // Written whole or not at all: a half-written file would be imported next time as a law.
  await writeFile(`${file}.part`, text);
  await rename(`${file}.part`, file);
  return file;
}

/** The hosts a law is downloaded from. */
const hostsOf = (o: FetchOptions, law: ManifestLaw): string[] => (o.mirror ? [new URL(o.mirror).host] : law.parts.map((p) => new URL(partUrl(o.manifest, law, p.path)).host));

/**
 * Downloads and verifies every law of the manifest; a law that fails is refused and the rest go on.
 * Once a server cannot be reached, the laws still to come from it are refused at once (offline,
 * each attempt would wait for its time-out).
 */
export async function fetchLaws(o: FetchOptions): Promise<FetchReport> {
  const download = o.download ?? httpDownload;
  const report: FetchReport = { saved: [], refused: [] };
  const unreachable = new Set<string>();
  await mkdir(o.saveDir, { recursive: true });
  for (const law of o.manifest.laws) {
    const down = hostsOf(o, law).find((h) => unreachable.has(h));
    if (down) {
      report.refused.push({ title: law.title, why: `没有下载：前面已连不上 ${down}` });
      continue;
    }
    try {
      report.saved.push({ title: law.title, file: await fetchOne(o, law, download) });
      o.progress?.(`✓ 《${law.title}》（${law.version} 版）已下载并校验`);
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      report.refused.push({ title: law.title, why: err.message });
      o.progress?.(`✗ 《${law.title}》：${err.message}`);
      if (!err.unreachable) continue;
      unreachable.add(err.unreachable);
      o.progress?.(`连不上 ${err.unreachable}，后面要从它下载的法律不再尝试`);
    }
  }
  return report;
}
