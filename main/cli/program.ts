import { Command, CommanderError } from 'commander';
import { cliErrorMessage } from './errors';
import { registerDossierCommands } from './commands/dossier-commands';
import { registerEventCommands } from './commands/event-commands';
import { registerExtractCommands } from './commands/extract-commands';
import { registerExportCommands } from './commands/export-commands';
import { registerNoteCommands } from './commands/note-commands';
import { registerNotebookCommands } from './commands/notebook-commands';
import { registerQueryCommands } from './commands/query-commands';
import { registerSourceCommands } from './commands/source-commands';

/** The command whose action runs (for error messages that name it and its options). */
let running: Command | undefined;

/** Exit codes: 0 done, 1 failed (the message says why), 2 the command line was wrong. */
export function buildProgram(print: (text: string) => void, setExitCode: (code: number) => void): Command {
  const program = new Command('frontier')
    .description('Frontier: an offline research notebook for regional-security analysts')
    .option('--notebook <dir>', 'the notebook folder (default: $FRONTIER_NOTEBOOK or the desktop app\'s)')
    .option('--json', 'print machine-readable JSON')
    .option('--debug', 'print stack traces with errors')
    .showHelpAfterError()
    .exitOverride();
  program.hook('preAction', (_program, actionCommand) => {
    running = actionCommand;
  });
  registerNotebookCommands(program, print, setExitCode);
  registerNoteCommands(program, print);
  registerSourceCommands(program, print, setExitCode);
  registerExtractCommands(program, print);
  registerEventCommands(program, print);
  registerQueryCommands(program, print);
  registerDossierCommands(program, print);
  registerExportCommands(program, print, setExitCode);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  let exitCode = 0;
  running = undefined;
  const program = buildProgram(
    (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    (code) => (exitCode = code),
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const debug = argv.includes('--debug');
    process.stderr.write(`frontier: ${cliErrorMessage(err, running)}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
