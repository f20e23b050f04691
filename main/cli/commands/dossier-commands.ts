import type { Command } from 'commander';
import { FrontierError } from '../../../shared/ipc/errors';
import { MAP_FRAMES, parseTlp, type Dossier, type DossierSelection, type MapFrame } from '../../../shared/model';
import { printJson, table, type Print } from '../output';
import { collect, readTextArg } from '../read-input';
import { resolveItem } from '../resolve-item';
import { withNotebook, type GlobalOptions, type Session } from '../session';

interface DossierOptions {
  title?: string;
  subtitle?: string;
  author?: string;
  date?: string;
  tlp?: string;
  summary?: string;
  summaryFile?: string;
  note?: string[];
  tag?: string;
  query?: string;
  map?: string;
}

/** A dossier by id or by title (ignoring case). */
export function resolveDossier(s: Session, ref: string): Dossier {
  const all = s.services.dossiers.list();
  const found = all.find((d) => d.id === ref) ?? all.filter((d) => d.title.toLowerCase() === ref.trim().toLowerCase());
  if (!Array.isArray(found)) return found;
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new FrontierError('CONFLICT', `${found.length} dossiers are titled "${ref}"; use an id: ${found.map((d) => d.id).join(', ')}.`);
  throw new FrontierError('NOT_FOUND', `No dossier with id or title "${ref}".`);
}

async function fieldsFrom(s: Session, o: DossierOptions) {
  if ([o.tag, o.query].filter((x) => x !== undefined).length > 1) throw new FrontierError('INVALID_INPUT', 'A dossier selects by --tag or by --query, not both.');
  const tlp = o.tlp === undefined ? undefined : parseTlp(o.tlp);
  if (o.tlp !== undefined && !tlp) throw new FrontierError('INVALID_INPUT', `Unknown TLP label "${o.tlp}".`);
  if (o.map !== undefined && !(o.map in MAP_FRAMES)) throw new FrontierError('INVALID_INPUT', `Unknown map frame "${o.map}": use ${Object.keys(MAP_FRAMES).join(', ')}.`);
  const selection: DossierSelection | undefined =
    o.tag !== undefined ? { kind: 'tag', tag: o.tag.replace(/^#+/, '') } : o.query !== undefined ? { kind: 'query', query: o.query } : o.note ? { kind: 'manual' } : undefined;
  const summary = o.summaryFile !== undefined ? await readTextArg(o.summaryFile) : o.summary;
  return {
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.subtitle !== undefined ? { subtitle: o.subtitle } : {}),
    ...(o.author !== undefined ? { author: o.author } : {}),
    ...(o.date !== undefined ? { date: o.date } : {}),
    ...(tlp ? { tlp } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(selection ? { selection } : {}),
    // With a rule, --note gives the order of the notes it names; by hand, the notes themselves.
    ...(o.note ? { noteIds: o.note.map((ref) => resolveItem(s, 'notes', ref)) } : {}),
    ...(o.map !== undefined ? { mapFrame: o.map as MapFrame } : {}),
  };
}

const withFieldOptions = (cmd: Command): Command =>
  cmd
    .option('--subtitle <text>', 'printed under the title')
    .option('--author <name>', 'who prepared it')
    .option('--date <YYYY-MM-DD>', 'the date on the cover (default: today)')
    .option('--tlp <label>', 'TLP 2.0 label: CLEAR, GREEN, AMBER, AMBER+STRICT, RED (default: the notebook\'s)')
    .option('--summary <markdown>', 'the executive summary')
    .option('--summary-file <file>', 'read the executive summary from a file (- for standard input)')
    .option('--note <note>', 'a note by id or title, in order (repeatable)', collect)
    .option('--tag <tag>', 'select the notes (and events) with this tag')
    .option('--query <words>', 'select the notes (and events) the search finds')
    .option('--map <frame>', `map frame: ${Object.keys(MAP_FRAMES).join(', ')}`);

export function registerDossierCommands(program: Command, print: Print): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();
  const dossier = program.command('dossier').description('saved selections of notes to export (frontier export pdf OUT --dossier D)');

  withFieldOptions(dossier.command('add').description('create a dossier').requiredOption('--title <title>', 'the title on the cover')).action(
    async (opts: DossierOptions & { title: string }, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const created = await s.call('dossiers.create', { ...(await fieldsFrom(s, opts)), title: opts.title });
        if (g(cmd).json) printJson(print, created);
        else print(`${created.id}  ${created.title}`);
      }),
  );

  withFieldOptions(dossier.command('edit <dossier>').description('change a dossier (by id or title)').option('--title <title>', 'a new title')).action(
    async (ref: string, opts: DossierOptions, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const updated = await s.call('dossiers.update', { id: resolveDossier(s, ref).id, patch: await fieldsFrom(s, opts) });
        if (g(cmd).json) printJson(print, updated);
        else print(`${updated.id}  ${updated.title}`);
      }),
  );

  dossier
    .command('list')
    .description('list the dossiers')
    .action(async (_o: unknown, cmd: Command) =>
      withNotebook(
        g(cmd),
        async (s) => {
          const all = await s.call('dossiers.list', {});
          if (g(cmd).json) return printJson(print, all);
          print(all.length ? table(all.map((d) => [d.id, d.date, `TLP:${d.tlp}`, d.title])) : 'No dossiers.');
        },
        true,
      ),
    );

  dossier
    .command('show <dossier>')
    .description('a dossier and the notes it selects now')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(
        g(cmd),
        async (s) => {
          const d = resolveDossier(s, ref);
          const preview = await s.call('dossiers.preview', { selection: d.selection, noteIds: d.noteIds, summary: d.summary });
          if (g(cmd).json) return printJson(print, { ...d, preview });
          const rule = d.selection.kind === 'tag' ? `tag #${d.selection.tag}` : d.selection.kind === 'query' ? `query "${d.selection.query}"` : 'chosen by hand';
          print(
            [
              `# ${d.title}`,
              ...(d.subtitle ? [d.subtitle] : []),
              `id: ${d.id}`,
              `TLP:${d.tlp}  ${d.date}${d.author ? `  ${d.author}` : ''}`,
              `notes: ${rule}; ${preview.notes.length} notes, ${preview.events} events, ${preview.sources} sources`,
              ...preview.notes.map((n, i) => `  ${i + 1}. ${n.title} (${n.id})`),
            ].join('\n'),
          );
        },
        true,
      ),
    );

  dossier
    .command('rm <dossier>')
    .description('delete a dossier (its notes stay)')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const removed = await s.call('dossiers.delete', { id: resolveDossier(s, ref).id });
        if (g(cmd).json) printJson(print, removed);
        else print(`Deleted dossier ${removed.id}  ${removed.title}`);
      }),
    );
}
