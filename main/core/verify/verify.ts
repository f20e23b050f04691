import { FrontierError } from '../../../shared/ipc/errors';
import { parseCitations, parseWikiLinks, buildTitleIndex, resolveTarget } from '../../../shared/links';
import { BlobStore, NotebookStore, listBackups, nodeFs, notebookPaths, type FsLayer } from '../store';

export interface Finding {
  level: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  itemId?: string;
}

export interface VerifyReport {
  path: string;
  ok: boolean;
  /**
   * What the notebook holds. null: could not be counted — the notes, sources and events of a
   * notebook whose notebook.json or journal cannot be read (never a misleading 0). Blobs and
   * backups are counted from their folders whatever state notebook.json is in.
   */
  counts: { notes: number | null; sources: number | null; events: number | null; blobs: number | null; backups: number | null };
  findings: Finding[];
}

/**
 * Checks a notebook without changing it (opened read-only, no lock): the snapshot and journal parse
 * and pass the schema; every blob a source needs exists and still hashes to its name; events point
 * at existing notes and sources. Broken citations, unresolved [[links]] and dossiers that list
 * deleted notes are warnings (a link to a note not yet written is normal); blobs nothing refers to
 * are reported as info.
 */
export async function verifyNotebook(dir: string, options: { fs?: FsLayer } = {}): Promise<VerifyReport> {
  const findings: Finding[] = [];
  const fs = options.fs ?? nodeFs;
  const paths = notebookPaths(dir);
  const report: VerifyReport = { path: dir, ok: false, counts: { notes: null, sources: null, events: null, blobs: null, backups: null }, findings };
  // Counted from the folders first, so that a notebook that cannot be opened still shows them.
  report.counts.backups = await listBackups(fs, paths.backups).then(
    (all) => all.length,
    () => null,
  );
  report.counts.blobs = await new BlobStore(fs, paths.blobs).list().then(
    (all) => all.length,
    () => null,
  );
  let store: NotebookStore;
  try {
    store = await NotebookStore.open(dir, { readOnly: true, fs });
  } catch (err) {
    const code = err instanceof FrontierError ? err.code : 'IO';
    findings.push({ level: 'error', code, message: err instanceof Error ? err.message : String(err) });
    return report;
  }
  try {
    report.counts.notes = store.count('notes');
    report.counts.sources = store.count('sources');
    report.counts.events = store.count('events');

    const referenced = new Set<string>();
    for (const s of store.all('sources')) {
      for (const [what, sha] of [['text', s.textHash], ['original file', s.original?.sha256]] as const) {
        if (!sha) continue;
        referenced.add(sha);
        const state = await store.blobs.check(sha);
        if (state !== 'ok') findings.push({ level: 'error', code: `BLOB_${state.toUpperCase()}`, itemId: s.id, message: `Source "${s.title}" (${s.id}): its ${what} blob ${sha} is ${state}.` });
      }
    }
    for (const e of store.all('events')) {
      for (const id of e.sourceIds) if (!store.get('sources', id)) findings.push({ level: 'error', code: 'DANGLING_SOURCE', itemId: e.id, message: `Event "${e.title}" (${e.id}) links to a missing source ${id}.` });
      for (const id of e.noteIds) if (!store.get('notes', id)) findings.push({ level: 'error', code: 'DANGLING_NOTE', itemId: e.id, message: `Event "${e.title}" (${e.id}) links to a missing note ${id}.` });
    }
    const notes = [...store.all('notes')];
    const byId = new Map(notes.map((n) => [n.id, n]));
    const titles = buildTitleIndex(notes);
    for (const n of notes) {
      for (const c of parseCitations(n.body)) {
        if (!store.get('sources', c.sourceId)) findings.push({ level: 'warning', code: 'BROKEN_CITATION', itemId: n.id, message: `Note "${n.title}" (${n.id}) cites a missing source ${c.sourceId}.` });
      }
      for (const l of parseWikiLinks(n.body)) {
        if (!resolveTarget(titles, byId, l.target)) findings.push({ level: 'warning', code: 'UNRESOLVED_LINK', itemId: n.id, message: `Note "${n.title}" (${n.id}) links to [[${l.target}]], which no note has as its title.` });
      }
    }
    // A deleted note stays in a dossier's list (so that undoing the delete puts it back in its place); exports skip it.
    for (const d of store.all('dossiers')) {
      const missing = d.noteIds.filter((id) => !store.get('notes', id));
      if (missing.length > 0) findings.push({ level: 'warning', code: 'DOSSIER_MISSING_NOTES', itemId: d.id, message: `Dossier "${d.title}" (${d.id}) lists ${missing.length} deleted note(s), which its exports leave out: ${missing.join(', ')}.` });
    }
    const onDisk = await store.blobs.list();
    report.counts.blobs = onDisk.length;
    const orphans = onDisk.filter((sha) => !referenced.has(sha));
    if (orphans.length > 0) findings.push({ level: 'info', code: 'ORPHAN_BLOBS', message: `${orphans.length} blob(s) are not referred to by any source (left by deleted sources or interrupted imports).` });
  } finally {
    await store.close();
  }
  report.ok = !findings.some((f) => f.level === 'error');
  return report;
}
