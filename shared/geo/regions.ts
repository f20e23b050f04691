/** South-west and north-east corners, [lat, lng]. */
export type LatLngBounds = [[number, number], [number, number]];

export interface RegionPreset {
  /** The button's name: tests and users find it by this. */
  label: string;
  bounds: LatLngBounds;
}

/**
 * The analysts' standing views (ARCHITECTURE §5). Bounds rather than a zoom, so each fits the
 * map pane whatever its width.
 */
export const REGION_PRESETS: readonly RegionPreset[] = [
  // Kabul city and its districts: Paghman to Deh Sabz, Char Asiab to Qarabagh.
  { label: 'Kabul', bounds: [[34.38, 68.95], [34.68, 69.4]] },
  // The Panj/Amu Darya line from the Uzbek tripoint to Lake Zorkul, with Kunduz and Khorugh.
  { label: 'Tajik–Afghan border', bounds: [[36.55, 67.6], [38.6, 75.0]] },
  { label: 'Moscow', bounds: [[55.55, 37.3], [55.95, 37.95]] },
  // Afghanistan, Central Asia and Moscow in one view.
  { label: 'Region', bounds: [[29.0, 36.0], [57.0, 80.0]] },
];

export const DEFAULT_PRESET = REGION_PRESETS[REGION_PRESETS.length - 1]!;
