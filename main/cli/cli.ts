import { runCli } from './program';

// The `frontier` command (out/main/cli.js once built). All logic is in program.ts, which tests import.
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`frontier: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
