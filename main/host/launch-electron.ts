/**
 * `npm start`: build with electron-vite, then run the Electron binary on the project, passing
 * through stdio, extra arguments, signals and the exit code. Where the binary is absent (our
 * machines), explain and exit 1 without building.
 *
 * Run through tsx; a script, not a module: importing it launches.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { locateElectronBinary } from './electron-binary';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

function packageDir(name: string): string | null {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const electronDir = packageDir('electron');
const decision = locateElectronBinary({
  packageDir: electronDir,
  pathTxt: electronDir === null ? null : readOptional(path.join(electronDir, 'path.txt')),
  overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH,
  exists: existsSync,
});

if (decision.status === 'missing') {
  process.stderr.write(decision.message);
  process.exit(1);
}

// Build first: Electron runs the bundles in out/, named by package.json "main".
const viteDir = packageDir('electron-vite');
if (viteDir === null) {
  process.stderr.write('Frontier: electron-vite is not installed (run `npm install`).\n');
  process.exit(1);
}
const viteBin = (JSON.parse(readFileSync(path.join(viteDir, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
}).bin['electron-vite'];
const build = spawnSync(process.execPath, [path.join(viteDir, viteBin ?? 'bin/electron-vite.js'), 'build'], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE inherited from a parent tool would make the binary a plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(decision.binaryPath, [projectRoot, ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  process.stderr.write(`Frontier: could not start ${decision.binaryPath}: ${error.message}\n`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  if (code === null) process.stderr.write(`Frontier: Electron exited with signal ${signal}\n`);
  process.exit(code ?? 1);
});
