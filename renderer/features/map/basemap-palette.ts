/**
 * The basemap's colours in the light and dark themes. The dark one keeps the same reading order
 * (land above sea, the Tajik–Afghan border loudest, labels over halos) at a brightness that does not
 * glare in a dark room; the event colours are the same in both, so the legend still holds.
 */
export interface BasemapPalette {
  sea: string;
  land: string;
  coast: string;
  border: string;
  river: string;
  tajikAfghanCasing: string;
  tajikAfghan: string;
  /** The label halo, drawn under each label's text. */
  halo: string;
  labels: { country: string; capital: string; place: string };
}

export const LIGHT_BASEMAP: BasemapPalette = {
  sea: '#cfe0ea',
  land: '#f4f1e8',
  coast: '#8fa9b8',
  border: '#9a8f86',
  river: '#5d9cd1',
  tajikAfghanCasing: 'rgba(200, 30, 45, 0.25)',
  tajikAfghan: '#c81e2d',
  halo: 'rgba(255,255,255,0.85)',
  labels: { country: '#6b6358', capital: '#222', place: '#333' },
};

export const DARK_BASEMAP: BasemapPalette = {
  sea: '#12202b',
  land: '#2a2d30',
  coast: '#4f6b7d',
  border: '#8a8178',
  river: '#3f7fb5',
  tajikAfghanCasing: 'rgba(240, 80, 90, 0.3)',
  tajikAfghan: '#f0505a',
  halo: 'rgba(20,22,24,0.85)',
  labels: { country: '#b8afa4', capital: '#eceae6', place: '#d6d3ce' },
};

export const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** The palette of the OS theme now (the page's own themes follow the same media query). */
export const currentBasemapPalette = (matchMedia: (q: string) => { matches: boolean } = window.matchMedia.bind(window)): BasemapPalette =>
  matchMedia(DARK_SCHEME).matches ? DARK_BASEMAP : LIGHT_BASEMAP;
