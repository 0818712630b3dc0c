import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The pinned list of the laws the bot expects (src/lawqa/manifest.json; see docs/laws.md). */
const MANIFEST_FILE = fileURLToPath(new URL('./manifest.json', import.meta.url));

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const partSchema = z.object({
  /** Relative to the repository's base URL. */
  path: z.string().min(1),
  sha256,
  /** false: the hash was published by the source and could not be checked by us. */
  sha256Verified: z.boolean().optional(),
});

const lawSchema = z.object({
  title: z.string().min(1),
  /** The date of the latest revision this text is. */
  version: date,
  effective: date.optional(),
  /** The prepared single file, as a mirror serves it and as it is saved locally. */
  file: z.string().regex(/^[^/\\]+\.md$/),
  /** sha256 of the prepared file. */
  sha256,
  from: z.string().min(1),
  /** md: the parts are statute Markdown; html: one web page whose paragraphs are the statute. */
  format: z.enum(['md', 'html']),
  /** The original web page, for people (the fetch reads the pinned copy in `from`). */
  page: z.string().url().optional(),
  parts: z.array(partSchema).min(1),
  /** civil-code-books: the Civil Code's books, joined as docs/laws.md says. */
  join: z.literal('civil-code-books').optional(),
});

const manifestSchema = z.object({
  about: z.string().optional(),
  repositories: z.record(z.string(), z.object({ commit: z.string().regex(/^[0-9a-f]{40}$/), base: z.string().url() })),
  laws: z.array(lawSchema).min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestLaw = z.infer<typeof lawSchema>;

/** Reads and checks the manifest; a law naming an unknown repository is an error of the file itself. */
export async function loadManifest(file = MANIFEST_FILE): Promise<Manifest> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const unknown = manifest.laws.find((l) => !manifest.repositories[l.from]);
  if (unknown) throw new Error(`${file}: 《${unknown.title}》 names unknown repository ${unknown.from}`);
  return manifest;
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** Where one part of a law is on its public source. */
export function partUrl(manifest: Manifest, law: ManifestLaw, path: string): string {
  return new URL(encodePath(path), withSlash(manifest.repositories[law.from]!.base)).href;
}

/** Where a mirror (a folder of prepared files on any web server) keeps a law. */
export function mirrorUrl(base: string, law: ManifestLaw): string {
  return new URL(encodeURIComponent(law.file), withSlash(base)).href;
}
