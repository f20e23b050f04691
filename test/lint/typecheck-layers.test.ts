import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const probeDir = mkdtempSync(join(tmpdir(), 'frontier-layer-probe-'));
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

/** Type-checks one probe file under a layer's own compiler options (its tsconfig.json). */
function diagnosticsFor(layer: 'shared' | 'renderer' | 'main', code: string): string[] {
  const configPath = join(root, layer, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const file = join(probeDir, `${layer}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, code);
  const options = { ...parsed.options, composite: false, noEmit: true, emitDeclarationOnly: false, declaration: false, typeRoots: [join(root, 'node_modules/@types')] };
  const program = ts.createProgram([file], options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * The tsconfig half of the layer rules (ESLint is the other half, test/lint): each layer's
 * project lacks the libraries its runtime lacks, so using them fails `npm run typecheck`.
 */
describe('layer tsconfigs', () => {
  it('shared/ has no DOM', () => {
    expect(diagnosticsFor('shared', 'export const t = document.title;\n').join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('shared/ has no Node', () => {
    expect(diagnosticsFor('shared', "export const p = process.pid;\n").join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('renderer/ has no Node', () => {
    expect(diagnosticsFor('renderer', 'export const b = Buffer.from("x");\n').join('\n')).toMatch(/Cannot find name 'Buffer'/);
  });

  it('main/ has no DOM but has Node', () => {
    expect(diagnosticsFor('main', 'export const w = window.location;\n').join('\n')).toMatch(/Cannot find name 'window'/);
    expect(diagnosticsFor('main', 'export const p: number = process.pid;\n')).toEqual([]);
  });
}, 60_000);
