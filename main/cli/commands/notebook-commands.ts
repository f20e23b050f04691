import { cp, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { FrontierError } from '../../../shared/ipc/errors';
import { parseTlp } from '../../../shared/model';
import { restoreJsonBackup } from '../../core/export/json-backup';
import { verifyNotebook, type VerifyReport } from '../../core/verify/verify';
import { NotebookStore, listBackups, nodeFs, restoreNotebook } from '../../core/store';
import { makeFolder } from '../../core/store/fs-layer';
import { printJson, table, type Print } from '../output';
import { readNamedFile } from '../read-input';
import { notebookDir, withNotebook, type GlobalOptions } from '../session';

export function registerNotebookCommands(program: Command, print: Print, setExitCode: (code: number) => void): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command('init')
    .description('create a notebook (in --notebook DIR, or the desktop app\'s default folder)')
    .option('--title <title>', 'notebook title (default: "Frontier notebook", with --sample "Frontier sample notebook")')
    .option('--tlp <label>', 'default TLP 2.0 label for dossiers (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)', 'AMBER')
    .option('--sample', 'fill the new notebook with the sample notebook: fictional notes, sources and events that show every feature')
    .option('--from-backup <file>', 'make the notebook from a JSON backup (`frontier export json`): every note, source with its files, event and dossier')
    .action(async (opts: { title?: string; tlp: string; sample?: boolean; fromBackup?: string }, cmd: Command) => {
      if (opts.fromBackup !== undefined) {
        if (opts.sample || opts.title !== undefined) throw new FrontierError('INVALID_INPUT', '--from-backup takes the title and everything else from the backup: it cannot be combined with --sample or --title.');
        const file = opts.fromBackup;
        // Read and checked whole (every blob against its hash) before the folder is touched.
        const store = await restoreJsonBackup((await readNamedFile(file)).toString('utf8'), notebookDir(g(cmd)), basename(file));
        const counts = { notes: store.count('notes'), sources: store.count('sources'), events: store.count('events'), dossiers: store.count('dossiers') };
        const title = store.meta.title;
        await store.close();
        if (g(cmd).json) printJson(print, { path: store.paths.dir, title, counts });
        else print(`Created notebook "${title}" in ${store.paths.dir} from ${file}: ${counts.notes} notes, ${counts.sources} sources, ${counts.events} events, ${counts.dossiers} dossiers.`);
        return;
      }
      const tlp = parseTlp(opts.tlp);
      if (!tlp) throw new FrontierError('INVALID_INPUT', `Unknown TLP label "${opts.tlp}".`);
      const title = opts.title ?? (opts.sample ? 'Frontier sample notebook' : 'Frontier notebook');
      const store = await NotebookStore.create(notebookDir(g(cmd)), { title, defaultTlp: tlp });
      await store.close();
      if (!opts.sample) {
        if (g(cmd).json) printJson(print, { path: store.paths.dir, title });
        else print(`Created notebook "${title}" in ${store.paths.dir}`);
        return;
      }
      // Through the same gate as the app's "Load the sample notebook" button, so both make the same notebook.
      const loaded = await withNotebook(g(cmd), ({ call }) => call('notebook.loadSample', {}));
      if (g(cmd).json) printJson(print, { path: store.paths.dir, title, counts: loaded.counts, startNoteId: loaded.startNoteId });
      else {
        const { notes, sources, events } = loaded.counts;
        print(`Created notebook "${title}" in ${store.paths.dir} with the sample: ${notes} notes, ${sources} sources, ${events} events (all fictional).`);
      }
    });

  program
    .command('info')
    .description('show the notebook: title, folder, counts')
    .action(async (_opts: unknown, cmd: Command) =>
      withNotebook(
        g(cmd),
        async ({ call }) => {
          const info = await call('notebook.info', {});
          if (g(cmd).json) return printJson(print, info);
          print(
            table([
              ['title', info.meta.title],
              ['folder', info.path],
              ['created', info.meta.created],
              ['default TLP', info.meta.defaultTlp],
              ['notes', String(info.counts.notes)],
              ['sources', String(info.counts.sources)],
              ['events', String(info.counts.events)],
            ]),
          );
        },
        true,
      ),
    );

  program
    .command('verify')
    .description('check the notebook: schema, journal, blobs and their hashes, links (exit code 1 on errors)')
    .option('--strict', 'also fail on warnings (broken citations, unresolved links)')
    .action(async (opts: { strict?: boolean }, cmd: Command) => {
      const report = await verifyNotebook(notebookDir(g(cmd)));
      const failed = !report.ok || (opts.strict === true && report.findings.some((f) => f.level === 'warning'));
      if (g(cmd).json) printJson(print, report);
      else {
        print(`${report.path}: ${describeCounts(report.counts)}`);
        for (const f of report.findings) print(`${f.level}: ${f.message}`);
        print(failed ? 'FAILED' : 'OK');
      }
      if (failed) setExitCode(1);
    });

  program
    .command('backup')
    .description('take a backup now (into backups/), or copy the whole notebook folder with --to DIR')
    .option('--to <dir>', 'copy the notebook folder (notebook.json, journal, blobs, backups) to DIR, which must be empty or absent')
    .action(async (opts: { to?: string }, cmd: Command) =>
      withNotebook(g(cmd), async ({ store }) => {
        const info = await store.backupNow();
        let copiedTo: string | undefined;
        if (opts.to) {
          await makeFolder(opts.to, 0o777);
          if ((await readdir(opts.to)).length > 0) throw new FrontierError('CONFLICT', `${opts.to} is not empty; choose an empty or new folder.`);
          // The lock is held, so nothing writes while the folder is copied.
          for (const name of ['notebook.json', 'journal.ndjson', 'blobs', 'backups']) {
            await cp(join(store.paths.dir, name), join(opts.to, name), { recursive: true, errorOnExist: true, force: false }).catch((err: NodeJS.ErrnoException) => {
              if (err.code !== 'ENOENT') throw err;
            });
          }
          copiedTo = opts.to;
        }
        if (g(cmd).json) printJson(print, { backup: info, copiedTo });
        else print(`Backup ${info.path}${copiedTo ? `\nNotebook copied to ${copiedTo}` : ''}`);
      }),
    );

  program
    .command('restore [backup]')
    .description('bring back a backup of notebook.json (default: the newest good one); --list shows them')
    .option('--list', 'list the backups, newest first')
    .action(async (backup: string | undefined, opts: { list?: boolean }, cmd: Command) => {
      const dir = notebookDir(g(cmd));
      if (opts.list) {
        const all = await listBackups(nodeFs, join(dir, 'backups'));
        if (g(cmd).json) return printJson(print, all);
        return print(all.length ? table(all.map((b) => [b.name, b.takenAt])) : 'No backups.');
      }
      const report = await restoreNotebook(dir, backup ? { backup } : {});
      if (g(cmd).json) return printJson(print, report);
      if (report.restoredFrom) print(`Restored ${report.restoredFrom.path} (taken ${report.restoredFrom.takenAt}).`);
      else print(`Repaired the journal: kept ${report.journalRecordsKept} intact record(s), dropped ${report.journalLinesDropped} damaged line(s).`);
      if (report.restoredFrom && report.journalRecordsKept > 0) print(`${report.journalRecordsKept} later change(s) from the journal are kept and re-applied.`);
      if (report.lostChanges) {
        const { from, to } = report.lostChanges;
        print(`Lost: change${from === to ? ` ${from} was` : `s ${from}–${to} were`} only in the replaced notebook.json (absorbed from the journal after the backup was taken).`);
      }
      for (const f of report.setAside) print(`Set aside (not deleted): ${f}`);
    });
}

/** "3 notes, 1 source, …"; what could not be counted is said so, never shown as 0. */
export function describeCounts(counts: VerifyReport['counts']): string {
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const unknown: string[] = [];
  for (const [key, one] of [['notes', 'note'], ['sources', 'source'], ['events', 'event'], ['blobs', 'blob'], ['backups', 'backup']] as const) {
    const count = counts[key];
    if (count === null) unknown.push(key);
    else parts.push(n(count, one));
  }
  if (unknown.length > 0) parts.push(`${unknown.length > 1 ? `${unknown.slice(0, -1).join(', ')} and ${unknown[unknown.length - 1]}` : unknown[0]} not counted (unreadable)`);
  return parts.join(', ');
}
