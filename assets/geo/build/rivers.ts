import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { unwrapPath, type Position } from './antimeridian';
import { collectionText, feature, roundPath } from './geojson-text';
import { AFGHANISTAN, TAJIKISTAN, UZBEKISTAN, between, countriesOf } from './topology';

/*
 * No registry package ships Natural Earth's rivers, so the three rivers the region's reporting
 * names are made here. Where a river IS the border, it comes from the border arcs themselves:
 * the Panj (with the Pamir River above Ishkashim) is the Tajik–Afghan border, and the Amu Darya
 * is its last stretch below the Vakhsh confluence and the Uzbek–Afghan border. Below the
 * Uzbek–Turkmen–Afghan tripoint, and all of the Kabul River, are HAND-DIGITISED from memory of
 * the towns on their banks: APPROXIMATE, good to a few kilometres, for orientation only.
 */

/** Where the Vakhsh joins the Panj and the Amu Darya begins (approximate). */
const VAKHSH_CONFLUENCE: Position = [68.32, 37.11];

/** Amu Darya below the tripoint: Kelif, Kerki, Türkmenabat, Darganata, Turtkul, Nukus, Kungrad, the delta. */
const AMU_DARYA_BY_HAND: Position[] = [
  [66.27, 37.37], [65.95, 37.5], [65.55, 37.65], [65.21, 37.83], [64.9, 38.1], [64.45, 38.55], [63.98, 38.85],
  [63.58, 39.1], [62.9, 39.7], [62.25, 40.4], [61.6, 41.0], [61.05, 41.45], [60.75, 41.75], [60.35, 42.1],
  [59.85, 42.35], [59.6, 42.47], [59.2, 42.8], [58.95, 43.05], [59.0, 43.5], [59.05, 43.8],
];

/** Kabul River: its upper valley, Kabul, Sarobi, Darunta, Jalalabad, Dakka, Warsak, Nowshera, the Indus at Attock. */
const KABUL_BY_HAND: Position[] = [
  [68.35, 34.36], [68.62, 34.42], [68.86, 34.48], [69.05, 34.51], [69.17, 34.52], [69.32, 34.53], [69.5, 34.57],
  [69.76, 34.59], [69.95, 34.6], [70.15, 34.52], [70.37, 34.47], [70.47, 34.43], [70.7, 34.33], [70.95, 34.22],
  [71.1, 34.18], [71.3, 34.12], [71.5, 34.06], [71.75, 34.02], [71.98, 34.01], [72.23, 33.91],
];

/** The border arc between two countries, as one line. */
function borderLine(topology: Topology, a: string, b: string): Position[] {
  const lines = mesh(topology, countriesOf(topology), between(a, b)).coordinates as Position[][];
  if (lines.length !== 1) throw new Error(`expected one arc between ${a} and ${b}, found ${lines.length}`);
  return unwrapPath(lines[0]!);
}

const nearestIndex = (line: readonly Position[], [x, y]: Position) =>
  line.reduce((best, [lng, lat], i) => (Math.hypot(lng - x, lat - y) < Math.hypot(line[best]![0] - x, line[best]![1] - y) ? i : best), 0);

/** The end of `line` nearest to `point` first. */
const startingNear = (line: Position[], point: Position) => (Math.hypot(line[0]![0] - point[0], line[0]![1] - point[1]) <= Math.hypot(line.at(-1)![0] - point[0], line.at(-1)![1] - point[1]) ? line : [...line].reverse());

export function buildRivers(topology: Topology): string {
  // Both arcs run downstream once oriented: the Tajik–Afghan one from Lake Zorkul, the Uzbek–Afghan one from the Tajik tripoint.
  const tajikAfghan = startingNear(borderLine(topology, AFGHANISTAN, TAJIKISTAN), [75, 37.2]);
  const uzbekAfghan = startingNear(borderLine(topology, AFGHANISTAN, UZBEKISTAN), tajikAfghan.at(-1)!);
  const split = nearestIndex(tajikAfghan, VAKHSH_CONFLUENCE);
  const panj = tajikAfghan.slice(0, split + 1);
  const amuDarya = [...tajikAfghan.slice(split), ...uzbekAfghan.slice(1), ...AMU_DARYA_BY_HAND];
  return collectionText(
    'Rivers: the Panj and the upper Amu Darya follow the Natural Earth border arcs; the lower Amu Darya and the Kabul River are hand-digitised and approximate.',
    [
      feature({ type: 'LineString', coordinates: roundPath(panj) }, { name: 'Panj', derived: 'Tajik–Afghan border arc' }),
      feature({ type: 'LineString', coordinates: roundPath(amuDarya) }, { name: 'Amu Darya', derived: 'border arcs, then by hand (approximate)' }),
      feature({ type: 'LineString', coordinates: roundPath(KABUL_BY_HAND) }, { name: 'Kabul', derived: 'by hand (approximate)' }),
    ],
  );
}
