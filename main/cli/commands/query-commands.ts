import type { Command } from 'commander';
import { kindOfId } from '../../../shared/model';
import { QUERY_HELP } from '../../../shared/search';
import { formatLinks, printJson, type Print } from '../output';
import { formatSearchResults, queryFromArgs } from '../search-output';
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
    .description(`ranked search of notes, sources (full texts included) and events, in any script or spelling. Operators:\n${QUERY_HELP.map((h) => `  ${h.syntax.padEnd(30)} ${h.meaning}`).join('\n')}`)
    .option('--limit <n>', 'at most this many results', '50')
    // -word excludes a word: it is part of the query, not an option.
    .allowUnknownOption()
    .action(async (words: string[], opts: { limit: string }, cmd: Command) =>
      withNotebook(
        g(cmd),
        async ({ call }) => {
          const results = await call('search.query', { query: queryFromArgs(words), limit: Number(opts.limit) });
          for (const w of results.warnings) process.stderr.write(`frontier: ${w}\n`);
          if (g(cmd).json) return printJson(print, results.hits);
          print(formatSearchResults(results, process.stdout.isTTY === true));
        },
        true,
      ),
    );
}
