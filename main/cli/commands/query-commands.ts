import type { Command } from 'commander';
import { kindOfId } from '../../../shared/model';
import { formatLinks, printJson, table, type Print } from '../output';
import { resolveItem } from '../resolve-item';
import { withNotebook, type GlobalOptions } from '../session';

export function registerQueryCommands(program: Command, print: Print): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command('links <item>')
    .description('links of a note (by id or title), source or event: outgoing, backlinks, unresolved, mentions, citations')
    .action(async (ref: string, _o: unknown, cmd: Command) =>
      withNotebook(
        g(cmd),
        async (s) => {
          const kind = kindOfId(ref);
          const id = kind ? ref : resolveItem(s, 'notes', ref);
          const links = await s.call('links.get', { id });
          if (g(cmd).json) printJson(print, links);
          else print(formatLinks(links));
        },
        true,
      ),
    );

  program
    .command('search <words...>')
    .description('find notes, sources (full text included) and events containing all the words')
    .option('--limit <n>', 'at most this many results', '50')
    .action(async (words: string[], opts: { limit: string }, cmd: Command) =>
      withNotebook(
        g(cmd),
        async ({ call }) => {
          const hits = await call('search.query', { query: words.join(' '), limit: Number(opts.limit) });
          if (g(cmd).json) return printJson(print, hits);
          print(hits.length ? table(hits.map((h) => [h.kind, h.id, h.title, h.snippet])) : 'No results.');
        },
        true,
      ),
    );
}
