import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../../src/lawqa/manifest.js';

export interface FileServer {
  /** http://127.0.0.1:PORT/ */
  base: string;
  /** The paths asked for, decoded, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A static web server on 127.0.0.1 over an in-memory map of path → content (404 for the rest). */
export async function serveFiles(files: ReadonlyMap<string, string | Uint8Array>): Promise<FileServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
    requests.push(path);
    const body = files.get(path);
    if (body === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The shared statutes folder next to the repository; tests that need it skip (visibly) without it. */
export const SHARED_LAWS = fileURLToPath(new URL('../../../shared/data/laws', import.meta.url));

/** A mirror as an office would host it: the folder's prepared files under their own names. */
export function mirrorOf(dir: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md') && n !== 'SOURCE.md')
      .map((n) => [n, readFileSync(join(dir, n))]),
  );
}

/** The Civil Code file cut back into its eight books (the inverse of joinCivilCodeBooks). */
export function civilCodeBooks(joined: string): string[] {
  const starts = [...joined.matchAll(/\n# (?!中华人民共和国民法典)[^\n]+\n/g)].slice(1).map((m) => m.index + 1);
  const bounds = [0, ...starts, joined.length];
  const head = joined.slice(0, joined.indexOf('\n') + 1);
  return bounds.slice(0, -1).map((b, i) => {
    const book = joined.slice(b, bounds[i + 1]).replace(/\n+$/, '');
    return i === 0 ? book : `${head}\n${book}`;
  });
}

/** A statute Markdown file as a news page would carry it: each line a <p>, headings in <strong>. */
export function asNewsPage(markdown: string): string {
  const paragraphs = markdown
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('<!--'))
    .map((l) => {
      const heading = /^#+\s*(.*)$/.exec(l);
      return heading ? `<p style="text-align: center;"><strong>${heading[1]}</strong></p>` : `<p style="text-indent: 2em;">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
    });
  return `<html><head><title>新闻</title><script>var p = "<p>不是正文</p>";</script></head><body><p>首页 &gt; 时政</p>\n${paragraphs.join('\n')}\n<p>（责任编辑：某某）</p></body></html>`;
}

/**
 * Each law of the manifest at its source path, as the public repositories serve them, built from
 * the shared folder: the Civil Code as its books, the page-sourced law as a page made from the file.
 */
export function upstreamOf(dir: string, manifest: Manifest): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const law of manifest.laws) {
    const text = readFileSync(join(dir, law.file), 'utf8');
    const bodies = law.join ? civilCodeBooks(text) : law.format === 'html' ? [asNewsPage(text)] : [text];
    law.parts.forEach((p, i) => files.set(`${law.from}/${p.path}`, Buffer.from(bodies[i]!, 'utf8')));
  }
  return files;
}

/** The manifest with its repositories moved to `base` (one folder per repository), for a local server. */
export function pointedAt(manifest: Manifest, base: string): Manifest {
  const repositories = Object.fromEntries(Object.entries(manifest.repositories).map(([name, r]) => [name, { ...r, base: `${base}${name}/` }]));
  return { ...manifest, repositories };
}
