import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';

/**
 * The fonts a dossier prints in, as @font-face rules with data: URLs, so Chromium embeds them in
 * the PDF and nothing is fetched: Noto Sans (Latin and Cyrillic, with their extended ranges, in
 * regular, bold and italic) and Noto Sans Arabic (Dari and Pashto, plus its symbols subset for
 * arrows and shapes). Both are SIL Open Font License fonts from the npm registry (@fontsource).
 *
 * The rules are taken from @fontsource's own CSS, which carries each subset's unicode-range, so
 * Chromium picks the right file per character and embeds only the subsets the text uses.
 */

interface FontPackage {
  pkg: string;
  /** CSS files of the package (weights/styles). */
  files: string[];
  /** Subsets kept, by the name in @fontsource's comment (`/* noto-sans-cyrillic-400-normal *\/`). */
  subsets: string[];
  /**
   * OpenType features set on the face. Noto Sans Arabic's `ccmp` splits every dotted letter into a
   * dotless body and a separately placed dot glyph; the PDF then holds two glyphs per letter and
   * text extraction (pdftotext, search, copy) reads "انف ج ار" for "انفجار". The font has whole
   * glyphs for those letters too, so with ccmp off the print looks the same and its text reads
   * back as written (checked with pdftotext, Dari and Pashto).
   */
  features?: string;
}

const PACKAGES: FontPackage[] = [
  { pkg: '@fontsource/noto-sans', files: ['400.css', '700.css', '400-italic.css', '700-italic.css'], subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] },
  { pkg: '@fontsource/noto-sans-arabic', files: ['400.css', '700.css'], subsets: ['arabic', 'symbols'], features: '"ccmp" 0' },
];

const FACE = /\/\*\s*([a-z0-9-]+)\s*\*\/\s*@font-face\s*\{([^}]*)\}/g;
const WOFF2_URL = /url\(\.\/files\/([A-Za-z0-9._-]+\.woff2)\)\s*format\(['"]woff2['"]\)/;

let cached: Promise<string> | undefined;

/** All the @font-face rules, built once per process (about 0.6 MB of CSS). */
export function dossierFontCss(): Promise<string> {
  cached ??= buildFontCss().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

async function buildFontCss(): Promise<string> {
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const { pkg, files, subsets, features } of PACKAGES) {
    let root: string;
    try {
      root = dirname(require.resolve(`${pkg}/package.json`));
    } catch {
      throw new FrontierError('INTERNAL', `The dossier fonts are missing (${pkg} is not installed).`);
    }
    const family = pkg.replace('@fontsource/', '');
    for (const file of files) {
      const css = await readFile(join(root, file), 'utf8');
      for (const m of css.matchAll(FACE)) {
        const [, name = '', block = ''] = m;
        const subset = name.slice(family.length + 1).replace(/-\d{3}-(normal|italic)$/, '');
        if (!subsets.includes(subset)) continue;
        const woff2 = WOFF2_URL.exec(block)?.[1];
        if (!woff2) continue;
        const data = (await readFile(join(root, 'files', woff2))).toString('base64');
        const src = `src: url(data:font/woff2;base64,${data}) format('woff2');`;
        const rule = block
          .split(';')
          .map((d) => d.trim())
          .filter((d) => d && !d.startsWith('src') && !d.startsWith('font-display'))
          .map((d) => `${d};`)
          .join(' ');
        const settings = features ? ` font-feature-settings: ${features};` : '';
        rules.push(`@font-face { ${rule} ${src} font-display: block;${settings} }`);
      }
    }
  }
  if (rules.length === 0) throw new FrontierError('INTERNAL', 'No dossier fonts were found in @fontsource.');
  return rules.join('\n');
}
