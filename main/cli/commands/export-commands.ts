import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, type ExportTarget } from '../../../shared/ipc/export-schemas';
import { FrontierError } from '../../../shared/ipc/errors';
import { Tag } from '../../../shared/model';
import type { ExportProgress } from '../../core/dossier/progress';
import { printJson, type Print } from '../output';
import { withNotebook, type GlobalOptions, type Session } from '../session';
import { resolveDossier } from './dossier-commands';
import { writeOutputFile, writeOutputFolder } from '../write-output';

interface ExportOptions {
  dossier?: string;
  tag?: string;
  query?: string;
}

/** Exit code of a command stopped by Ctrl-C, as shells report it (128 + SIGINT). */
const EXIT_CANCELLED = 130;

export function registerExportCommands(program: Command, print: Print, setExitCode: (code: number) => void): void {
  const g = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command('export <format> <out>')
    .description(`export a dossier or the notebook: ${EXPORT_FORMATS.join(', ')} (markdown writes a folder; json is a full backup)`)
    .option('--dossier <dossier>', 'a saved dossier, by id or title')
    .option('--tag <tag>', 'the notes (and events) with this tag')
    .option('--query <words>', 'the notes (and events) the search finds')
    .addHelpText('after', '\nWithout --dossier, --tag or --query: the whole notebook. Progress goes to stderr; Ctrl-C cancels and writes nothing.')
    .action(async (format: string, out: string, opts: ExportOptions, cmd: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new FrontierError('INVALID_INPUT', `Unknown format "${format}": use ${EXPORT_FORMATS.join(', ')}.`);
      const picked = [opts.dossier, opts.tag, opts.query].filter((o) => o !== undefined).length;
      if (picked > 1) throw new FrontierError('INVALID_INPUT', 'Give at most one of --dossier, --tag and --query.');

      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.on('SIGINT', onSigint);
      const progress = progressPrinter();
      try {
        await withNotebook(
          g(cmd),
          async (session) => {
            const target = targetOf(session, opts);
            const result = await session.services.exports.run(format as ExportFormat, target, { signal: controller.signal, onProgress: progress.update });
            if (controller.signal.aborted) throw new FrontierError('CANCELLED', 'The export was cancelled.');
            if (result.folder) await writeOutputFolder(out, result.files);
            else await writeOutputFile(out, result.files[0]!.data);
            progress.end();
            const bytes = result.files.reduce((sum, f) => sum + f.data.length, 0);
            if (g(cmd).json) printJson(print, { path: out, format, files: result.files.length, bytes });
            else print(result.folder ? `Wrote ${out}/ (${result.files.length} files, ${bytes} bytes)` : `Wrote ${out} (${bytes} bytes)`);
          },
          true,
        );
      } catch (err) {
        progress.end();
        if (controller.signal.aborted || (err instanceof FrontierError && err.code === 'CANCELLED')) {
          process.stderr.write(`frontier: export cancelled; nothing was written to ${out}.\n`);
          setExitCode(EXIT_CANCELLED);
          return;
        }
        throw err;
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
}

function targetOf(session: Session, opts: ExportOptions): ExportTarget {
  if (opts.dossier !== undefined) return { kind: 'dossier', id: resolveDossier(session, opts.dossier).id };
  if (opts.tag !== undefined) {
    const tag = Tag.safeParse(opts.tag.replace(/^#+/, ''));
    if (!tag.success) throw new FrontierError('INVALID_INPUT', `"${opts.tag}" is not a tag.`);
    return { kind: 'selection', selection: { kind: 'tag', tag: tag.data } };
  }
  if (opts.query !== undefined) {
    if (!opts.query.trim()) throw new FrontierError('INVALID_INPUT', '--query needs words to search for.');
    return { kind: 'selection', selection: { kind: 'query', query: opts.query.trim() } };
  }
  return { kind: 'notebook' };
}

/**
 * Progress on stderr: one updating line on a terminal; on a pipe, a line whenever the stage
 * changes, so a log shows what a long export was doing without filling up.
 */
function progressPrinter() {
  const tty = process.stderr.isTTY === true;
  let lastStage = '';
  let open = false;
  return {
    update(p: ExportProgress) {
      const line = `export: ${p.stage} (${Math.round(p.fraction * 100)}%)`;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${line}`);
        open = true;
      } else if (p.stage !== lastStage) {
        process.stderr.write(`${line}\n`);
      }
      lastStage = p.stage;
    },
    end() {
      if (open) process.stderr.write('\r\x1b[2K');
      open = false;
    },
  };
}
