import type { Db } from '../db/client.js';
import { fetchedLawsDir } from './empty.js';
import { fetchLaws, type Download, type FetchReport } from './fetch.js';
import { importLaws, importReportText, type ImportReport } from './import.js';
import { loadManifest, type Manifest } from './manifest.js';
import { knownLawTitles } from './titles.js';

export interface FetchAndImportOptions {
  /** A mirror's base URL (--from or LAWS_MIRROR_URL); null = the public sources in the manifest. */
  mirror: string | null;
  dataDir: string;
  at: Date;
  progress?: (line: string) => void;
  manifest?: Manifest;
  download?: Download;
}

/**
 * `gridbot laws fetch`: download every law of the manifest, verify it, keep the verified files in
 * DATA_DIR/laws, and import them (a law refused for a bad hash is left out, the rest go in). A law
 * already imported with the same text is left as it is, so running it again is cheap.
 */
export async function fetchAndImport(db: Db, o: FetchAndImportOptions): Promise<{ fetched: FetchReport; imported: ImportReport }> {
  const manifest = o.manifest ?? (await loadManifest());
  const fetched = await fetchLaws({ manifest, mirror: o.mirror, saveDir: fetchedLawsDir(o.dataDir), download: o.download, progress: o.progress });
  const imported =
    fetched.saved.length === 0
      ? { laws: [], failed: [], skipped: [] }
      : await importLaws(
          db,
          fetched.saved.map((s) => s.file),
          { at: o.at, skipUnchanged: true, knownTitles: await knownLawTitles() },
        );
  return { fetched, imported };
}

/** The import lines, then one summary line; refusals say what to try next. */
export function fetchSummaryText(r: { fetched: FetchReport; imported: ImportReport }, total: number): string {
  const lines = r.imported.laws.length || r.imported.failed.length ? [importReportText(r.imported)] : [];
  const articles = r.imported.laws.reduce((n, l) => n + l.articles, 0);
  lines.push(`共 ${total} 部：下载并校验通过 ${r.fetched.saved.length} 部，导入 ${r.imported.laws.length} 部（${articles} 条）；拒收 ${r.fetched.refused.length} 部。`);
  const refused = r.fetched.refused;
  if (refused.length) {
    // A handful are worth naming; when most failed, the ✗ lines above already say why.
    const which = refused.length <= 5 ? `被拒收的：${refused.map((f) => `《${f.title}》`).join('、')}。` : '';
    lines.push(`${which}可以稍后再运行一次；连不上外网的话，用 --from 指定单位内的镜像地址（见 docs/laws.md）。`);
  }
  return lines.join('\n');
}
