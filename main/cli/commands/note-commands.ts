import type { Command } from 'commander';
import { formatNote, printJson, table, type Print } from '../output';
import { collect, parseNumber, readTextArg } from '../read-input';
import { resolveItem } from '../resolve-item';
import { withNotebook, type GlobalOptions } from '../session';

interface BodyOptions {
  body?: string;
  bodyFile?: string;
}

async function bodyFrom(opts: BodyOptions): Promise<string | undefined> {
  if (opts.bodyFile !== undefined) return readTextArg(opts.bodyFile);
  return opts.body;
}

/** `--place "Kabul,34.53,69.17"` → a place; the name may itself contain commas. */
function parsePlace(text: string) {
  const parts = text.split(',');
  if (parts.length < 3) throw new Error(`--place takes "NAME,LAT,LNG", not "${text}"`);
  const lng = parseNumber('longitude', parts.pop()!);
  const lat = parseNumber('latitude', parts.pop()!);
  return { name: parts.join(',').trim(), lat, lng };
}

export function registerNoteCommands(program: Command, print: Print): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();
  const note = program.command('note').description('write and read notes');

  note
    .command('add')
    .description('add a note')
    .requiredOption('--title <title>', 'the title ([[links]] name notes by it)')
    .option('--body <markdown>', 'the Markdown text')
    .option('--body-file <file>', 'read the Markdown text from a file (- for standard input)')
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--place <name,lat,lng>', 'the place the note is about')
    .action(async (opts: BodyOptions & { title: string; tag?: string[]; place?: string }, cmd: Command) =>
      withNotebook(g(cmd), async ({ call }) => {
        const created = await call('notes.create', {
          title: opts.title,
          body: (await bodyFrom(opts)) ?? '',
          tags: opts.tag ?? [],
          ...(opts.place ? { place: parsePlace(opts.place) } : {}),
        });
        if (g(cmd).json) printJson(print, created);
        else print(`${created.id}  ${created.title}`);
      }),
    );

  note
    .command('edit <note>')
    .description('change a note (by id or title); a new title rewrites the [[links]] to it')
    .option('--title <title>', 'new title')
    .option('--body <markdown>', 'replace the text')
    .option('--body-file <file>', 'replace the text with a file (- for standard input)')
    .option('--append <markdown>', 'add a paragraph at the end')
    .option('--tag <tag>', 'replace the tags (repeatable)', collect)
    .option('--place <name,lat,lng>', 'set the place')
    .option('--no-place', 'remove the place')
    .action(async (ref: string, opts: BodyOptions & { title?: string; append?: string; tag?: string[]; place?: string | false }, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const id = resolveItem(s, 'notes', ref);
        let body = await bodyFrom(opts);
        if (opts.append !== undefined) {
          const base = body ?? s.store.get('notes', id)!.body;
          body = base.trimEnd() ? `${base.trimEnd()}\n\n${opts.append}` : opts.append;
        }
        const result = await s.call('notes.update', {
          id,
          ...(opts.title !== undefined ? { title: opts.title } : {}),
          ...(body !== undefined ? { body } : {}),
          ...(opts.tag ? { tags: opts.tag } : {}),
          ...(opts.place === false ? { place: null } : opts.place ? { place: parsePlace(opts.place) } : {}),
        });
        if (g(cmd).json) return printJson(print, result);
        print(`${result.note.id}  ${result.note.title}`);
        if (result.relinked.length) print(`Links updated in ${result.relinked.length} note(s).`);
      }),
    );

  note
    .command('show <note>')
    .description('print a note (by id or title)')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(
        g(cmd),
        async (s) => {
          const n = await s.call('notes.get', { id: resolveItem(s, 'notes', ref) });
          if (g(cmd).json) printJson(print, n);
          else print(formatNote(n));
        },
        true,
      ),
    );

  note
    .command('list')
    .description('list notes')
    .option('--tag <tag>', 'only notes with this tag')
    .option('--sort <order>', 'updated, created or title', 'updated')
    .action(async (opts: { tag?: string; sort: 'updated' | 'created' | 'title' }, cmd: Command) =>
      withNotebook(
        g(cmd),
        async ({ call }) => {
          const notes = await call('notes.list', { sort: opts.sort, ...(opts.tag ? { tag: opts.tag } : {}) });
          if (g(cmd).json) return printJson(print, notes);
          print(notes.length ? table(notes.map((n) => [n.id, n.updated.slice(0, 16).replace('T', ' '), n.title, n.tags.map((t) => `#${t}`).join(' ')])) : 'No notes.');
        },
        true,
      ),
    );

  note
    .command('rm <note>')
    .description('delete a note (by id or title)')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(g(cmd), async (s) => {
        const removed = await s.call('notes.delete', { id: resolveItem(s, 'notes', ref) });
        if (g(cmd).json) printJson(print, removed);
        else print(`Deleted ${removed.id}  ${removed.title}`);
      }),
    );
}
