import { basename } from 'node:path';
import type { Command } from 'commander';
import { FrontierError } from '../../../shared/ipc/errors';
import { parseGrade, Reliability, SourceKind } from '../../../shared/model';
import { formatSource, printJson, table, type Print } from '../output';
import { collect, readNamedFile } from '../read-input';
import { expandImportArgs, progressLine } from '../import-files';
import { IMPORT_EXTENSIONS } from '../../core/imports';
import { resolveItem } from '../resolve-item';
import { withNotebook, type GlobalOptions } from '../session';

function gradeArg(text: string) {
  const grade = parseGrade(text);
  if (!grade) throw new FrontierError('INVALID_INPUT', `"${text}" is not an Admiralty grade: use a reliability A–F and a credibility 1–6, e.g. B2.`);
  return grade;
}

/** " (+12 sources, 1,000 events)" when a file became more than one source. */
function createdNote(created: { sources: number; events: number }): string {
  if (created.events === 0 && created.sources <= 1) return '';
  const parts = [`${created.sources.toLocaleString('en-US')} sources`, ...(created.events ? [`${created.events.toLocaleString('en-US')} events`] : [])];
  return `  (+${parts.join(', ')})`;
}

export function registerSourceCommands(program: Command, print: Print, setExitCode: (code: number) => void): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command('import <paths...>')
    .description('import files as sources: .txt, .md, .html, .pdf, ACLED .csv (as events), CSL-JSON .json (Zotero); folders are imported recursively; the same file twice is recognised by its sha256')
    .option('--title <title>', 'title (only with one file; default: the title the file states, else its first heading or line)')
    .option('--grade <grade>', 'Admiralty grade, e.g. B2')
    .option('--kind <kind>', `source kind: ${SourceKind.options.join(', ')}`)
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .action(async (paths: string[], opts: { title?: string; grade?: string; kind?: string; tag?: string[] }, cmd: Command) =>
      withNotebook(g(cmd), async ({ call }) => {
        const { files, skipped } = await expandImportArgs(paths);
        if (opts.title && files.length > 1) throw new FrontierError('INVALID_INPUT', '--title applies to one file; import the files one by one.');
        if (files.length === 0) throw new FrontierError('INVALID_INPUT', `Nothing to import in ${paths.join(', ')}: no ${IMPORT_EXTENSIONS.join(' ')} files.`);
        const grade = opts.grade ? gradeArg(opts.grade) : undefined;
        const results = [];
        const totals = { imported: 0, duplicates: 0, failures: 0, sources: 0, events: 0 };
        const progress = files.length > 1 ? progressLine() : undefined;
        for (const [i, file] of files.entries()) {
          progress?.update(i + 1, files.length, file);
          try {
            const data = await readNamedFile(file);
            const result = await call('sources.import', {
              fileName: basename(file),
              dataBase64: data.toString('base64'),
              ...(opts.title ? { title: opts.title } : {}),
              ...(grade ?? {}),
              ...(opts.kind ? { kind: opts.kind as SourceKind } : {}),
              ...(opts.tag ? { tags: opts.tag } : {}),
            });
            results.push({ file, ...result });
            if (result.duplicate) totals.duplicates++;
            else totals.imported++;
            totals.sources += result.created.sources;
            totals.events += result.created.events;
            if (!g(cmd).json) print(`${result.duplicate ? 'already imported' : 'imported'}  ${result.source.id}  ${result.source.title}${createdNote(result.created)}`);
          } catch (err) {
            // One bad file in a batch is reported and skipped; the others still import.
            totals.failures++;
            progress?.end();
            process.stderr.write(`frontier: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
          }
        }
        progress?.end();
        if (files.length > 1 || skipped.length > 0) {
          process.stderr.write(
            `${totals.imported} imported (${totals.sources} sources, ${totals.events} events), ${totals.duplicates} already imported, ${totals.failures} failed` +
              `${skipped.length ? `, ${skipped.length} other files skipped` : ''}.\n`,
          );
        }
        if (g(cmd).json) printJson(print, results);
        if (totals.failures > 0) setExitCode(1);
      }),
    );

  const source = program.command('source').description('read and grade sources');

  source
    .command('list')
    .option('--tag <tag>', 'only sources with this tag')
    .option('--sort <order>', 'updated, created or title', 'updated')
    .action(async (opts: { tag?: string; sort: 'updated' | 'created' | 'title' }, cmd: Command) =>
      withNotebook(
        g(cmd),
        async ({ call }) => {
          const list = await call('sources.list', { sort: opts.sort, ...(opts.tag ? { tag: opts.tag } : {}) });
          if (g(cmd).json) return printJson(print, list);
          print(list.length ? table(list.map((s) => [s.id, `${s.reliability}${s.credibility}`, s.publishedAt ?? '', s.title])) : 'No sources.');
        },
        true,
      ),
    );

  source
    .command('show <source>')
    .option('--text', 'print the full text after the metadata')
    .action(async (ref: string, opts: { text?: boolean }, cmd: Command) =>
      withNotebook(
        g(cmd),
        async (s) => {
          const id = resolveItem(s, 'sources', ref);
          const item = await s.call('sources.get', { id });
          const text = opts.text ? (await s.call('sources.text', { id })).text : undefined;
          if (g(cmd).json) return printJson(print, text === undefined ? item : { ...item, text });
          print(formatSource(item));
          if (text !== undefined) print(`\n${text}`);
        },
        true,
      ),
    );

  source
    .command('grade <source> [grade]')
    .description('grade a source: `frontier source grade ID B2`, or --reliability/--credibility')
    .option('--reliability <A-F>', 'reliability of the source')
    .option('--credibility <1-6>', 'credibility of the information')
    .action(async (ref: string, grade: string | undefined, opts: { reliability?: string; credibility?: string }, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const patch: { reliability?: Reliability; credibility?: 1 | 2 | 3 | 4 | 5 | 6 } = grade ? gradeArg(grade) : {};
        if (opts.reliability) patch.reliability = gradeArg(`${opts.reliability}6`).reliability;
        if (opts.credibility) patch.credibility = gradeArg(`F${opts.credibility}`).credibility;
        if (!patch.reliability && !patch.credibility) throw new FrontierError('INVALID_INPUT', 'Give a grade such as B2, or --reliability and/or --credibility.');
        const updated = await s.call('sources.update', { id: resolveItem(s, 'sources', ref), patch });
        if (g(cmd).json) printJson(print, updated);
        else print(`${updated.id}  ${updated.reliability}${updated.credibility}  ${updated.title}`);
      }),
    );

  source
    .command('edit <source>')
    .description('change a source\'s metadata')
    .option('--title <title>')
    .option('--outlet <outlet>')
    .option('--author <author>')
    .option('--url <url>')
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--language <tag>', 'BCP 47 language tag, e.g. ru, fa-AF, ps')
    .option('--kind <kind>', SourceKind.options.join(', '))
    .option('--summary <text>')
    .option('--tag <tag>', 'replace the tags (repeatable)', collect)
    .action(async (ref: string, o: Record<string, string | string[] | undefined>, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const pick = (k: string) => (o[k] === undefined ? {} : { [k]: o[k] });
        const patch = { ...pick('title'), ...pick('outlet'), ...pick('author'), ...pick('url'), ...pick('language'), ...pick('kind'), ...pick('summary'), ...(o['published'] ? { publishedAt: o['published'] } : {}), ...(o['tag'] ? { tags: o['tag'] } : {}) };
        const updated = await s.call('sources.update', { id: resolveItem(s, 'sources', ref), patch: patch as never });
        if (g(cmd).json) printJson(print, updated);
        else print(formatSource(updated));
      }),
    );

  source
    .command('rm <source>')
    .option('--force', 'delete even if notes cite it')
    .action(async (ref: string, opts: { force?: boolean }, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const removed = await s.call('sources.delete', { id: resolveItem(s, 'sources', ref), force: opts.force === true });
        if (g(cmd).json) printJson(print, removed);
        else print(`Deleted ${removed.id}  ${removed.title}`);
      }),
    );
}
