/**
 * Records what extraction found the first time it saw each unseen set of annotated reports: for
 * each commit that held a new set out and scored it once, that commit's code on that set. These
 * are the candidate scorer's training rows (test/fixtures/extract/first-runs/), because they are
 * what the rules give on text they were not fitted to, which is what an analyst imports. The
 * development set's own candidates are not: the rules were tuned on it until they were mostly right.
 *
 * Run once, from a full clone (it needs the history): `npx tsx test/bench/candidate-model/record-first-runs.ts`.
 * Each commit is checked out as a temporary git worktree that borrows this checkout's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'test/fixtures/extract/first-runs');

/** The commit that held each set out and scored it once, from `git log` (README-roundN.md tells each round). */
export const FIRST_RUNS: Record<string, string> = {
  x: '9f257ed', y: '400d961', z: 'd9180a8', q: 'ff16951', r: 'c0d64f8', s: '79ec6d9', t: '9b0d324',
  p: '623cf32', n: '439058b', m: 'bbe52c2', k: '446f311', j: 'bba3766', g: '4fa882c', f: 'edfaee8',
  e: '703fd1d', d: 'd502a78', c: '61438a9', b: '975995f', a: '7c9e04a', aa: '3aac957', bb: '4644860', cc: '0207d39', dd: 'e315739', ee: 'f11ea60', ff: '787e75e', gg: '754049e', hh: '15c3b1c', ii: 'd3b38db', jj: '958e7ed', kk: '3d60b5c', ll: '8c2d75e', mm: '6e48b0b', nn: '91e3111', oo: 'bcbb37a',
};

mkdirSync(OUT, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'frontier-first-runs-'));
try {
  for (const [set, commit] of Object.entries(FIRST_RUNS)) {
    const tree = join(scratch, set);
    execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: ROOT, stdio: 'ignore' });
    try {
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
      const json = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'test/bench/candidate-model/dump-held-out.ts'), tree], { cwd: tree, maxBuffer: 64 * 1024 * 1024 }).toString();
      const reports = JSON.parse(json) as Array<{ file: string; events: unknown[] }>;
      writeFileSync(join(OUT, `${set}.json`), `{"set":${JSON.stringify(set)},"commit":${JSON.stringify(commit)},"reports":[\n${reports.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
      console.log(`${set} (${commit}): ${reports.length} reports, ${reports.reduce((n, r) => n + r.events.length, 0)} candidates`);
    } finally {
      execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
