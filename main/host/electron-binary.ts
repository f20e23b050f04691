import path from 'node:path';

/**
 * Finding the Electron binary for `npm start`, as a pure decision over facts gathered by
 * launch-electron.ts, so it is testable without Electron (which cannot be downloaded on our
 * machines: npm installs the `electron` package with ELECTRON_SKIP_BINARY_DOWNLOAD=1, leaving out
 * the binary and the path.txt that names it).
 *
 * Mirrors node_modules/electron/index.js, except that it never downloads: a missing binary is
 * reported with what to do instead.
 */
export interface ElectronInstallFacts {
  /** Directory of the `electron` npm package, or null when the package is not installed. */
  readonly packageDir: string | null;
  /** Contents of `<packageDir>/path.txt` (the binary's path inside dist/), or null if absent. */
  readonly pathTxt: string | null;
  /** ELECTRON_OVERRIDE_DIST_PATH, honoured as electron's own index.js does. */
  readonly overrideDistPath?: string | undefined;
  /** Whether a file exists; injected to keep this function pure. */
  readonly exists: (file: string) => boolean;
}

export type ElectronBinaryDecision =
  | { readonly status: 'present'; readonly binaryPath: string }
  | { readonly status: 'missing'; readonly message: string };

export function locateElectronBinary(facts: ElectronInstallFacts): ElectronBinaryDecision {
  const executable = facts.pathTxt?.trim() || null;

  if (facts.overrideDistPath) {
    const binaryPath = path.join(facts.overrideDistPath, executable ?? 'electron');
    return facts.exists(binaryPath)
      ? { status: 'present', binaryPath }
      : missing(`ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron binary at ${binaryPath}.`);
  }
  if (facts.packageDir === null) {
    return missing('The electron package itself is not installed (run `npm install`).');
  }
  if (executable === null) {
    return missing(
      `${path.join(facts.packageDir, 'path.txt')} does not exist: the package was installed ` +
        'without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download failed).',
    );
  }
  const binaryPath = path.join(facts.packageDir, 'dist', executable);
  return facts.exists(binaryPath)
    ? { status: 'present', binaryPath }
    : missing(`path.txt names ${binaryPath}, which does not exist.`);
}

/** The text printed to stderr when the binary is missing; `detail` says what exactly is wrong. */
export function missingElectronMessage(detail: string): string {
  return [
    'Frontier: cannot start the desktop app: the Electron binary is not installed.',
    `  ${detail}`,
    '',
    'To install it, either:',
    '  npm install                          (with ELECTRON_SKIP_BINARY_DOWNLOAD unset)',
    '  node node_modules/electron/install.js',
    '',
    'Or run Frontier in your browser instead, without Electron:',
    '  npm run serve',
    '',
  ].join('\n');
}

function missing(detail: string): ElectronBinaryDecision {
  return { status: 'missing', message: missingElectronMessage(detail) };
}
