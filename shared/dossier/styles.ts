import { TLP_LABELS, type TlpLabel } from '../model';
import { cssString } from './html';
import { TLP_BACKGROUND, TLP_COLOURS, tlpText } from './tlp-style';

/**
 * The dossier's print stylesheet. Page furniture uses CSS @page margin boxes (Chromium ≥ 131):
 * they repeat on every page, count pages with counter(page)/counter(pages), and — unlike
 * Playwright's headerTemplate, which cannot load fonts — use the embedded fonts, so the header
 * looks the same in Electron's printToPDF and in headless Chromium.
 */

const FONT_STACK = "'Noto Sans', 'Noto Sans Arabic', sans-serif";

const tlpClass = (label: TlpLabel) => `tlp-${label.toLowerCase().replace('+', '-')}`;

/** Header text beside the label: the dossier title, shortened so it stays on one line. */
const shortTitle = (title: string) => (title.length > 70 ? `${title.slice(0, 68).trimEnd()}…` : title);

function pageRule(tlp: TlpLabel, title: string): string {
  const label = cssString(tlpText(tlp));
  const badge = `font-family: ${FONT_STACK}; font-weight: 700; font-size: 8.5pt; color: ${TLP_COLOURS[tlp]}; background: ${TLP_BACKGROUND}; -webkit-print-color-adjust: exact; print-color-adjust: exact;`;
  const quiet = `font-family: ${FONT_STACK}; font-size: 8pt; color: #444;`;
  return `@page {
  size: A4;
  margin: 22mm 17mm 20mm 17mm;
  @top-left { content: ${label}; ${badge} width: 32mm; height: 5.5mm; margin-top: 7mm; text-align: center; vertical-align: middle; }
  @top-right { content: ${cssString(shortTitle(title))}; ${quiet} vertical-align: middle; text-align: right; }
  @bottom-left { content: ${label}; ${badge} width: 32mm; height: 5.5mm; margin-bottom: 7mm; text-align: center; vertical-align: middle; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); ${quiet} vertical-align: middle; text-align: right; }
}`;
}

const TLP_BADGES = TLP_LABELS.map((l) => `.${tlpClass(l)} { color: ${TLP_COLOURS[l]}; }`).join('\n');

const BODY = `
html { font-family: ${FONT_STACK}; font-size: 10pt; line-height: 1.45; color: #111; }
body { margin: 0; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, h4, h5, h6 { line-height: 1.2; break-after: avoid; }
h1 { font-size: 18pt; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 7mm 0 1.5mm; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
h4, h5, h6 { font-size: 10pt; margin: 3mm 0 1mm; }
p { margin: 0 0 2.2mm; orphans: 2; widows: 2; }
a { color: #0b4f8a; text-decoration: none; }
code, pre { font-family: ${FONT_STACK}; font-size: 8.5pt; background: #f3f3f3; }
pre { padding: 2mm; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { margin: 0 0 2.2mm; padding-left: 3mm; border-left: 0.6mm solid #bbb; color: #333; }
table { border-collapse: collapse; }
img { max-width: 100%; }
.muted { color: #666; font-size: 8.5pt; }
.tlp { display: inline-block; background: ${TLP_BACKGROUND}; font-weight: 700; padding: 0.4mm 2mm; letter-spacing: 0.02em; }
${TLP_BADGES}
section.page, section.contents, section.part, section.endnotes, section.sources, section.events { break-before: page; }
section.flow { margin-top: 9mm; }
section.flow > h1 { font-size: 14pt; margin-bottom: 3mm; }

/* Cover */
.cover { height: 250mm; display: flex; flex-direction: column; }
.cover-tlp { text-align: right; margin-bottom: 40mm; }
.tlp-large { font-size: 16pt; padding: 1.5mm 5mm; }
.cover-title { font-size: 28pt; margin: 0 0 4mm; }
.cover-subtitle { font-size: 15pt; color: #333; margin: 0 0 14mm; }
.cover-meta { display: grid; grid-template-columns: 32mm 1fr; row-gap: 2mm; margin: 0; font-size: 11pt; }
.cover-meta dt { color: #666; }
.cover-meta dd { margin: 0; }
.cover-handling { margin-top: auto; border-top: 0.3mm solid #999; padding-top: 4mm; }
.cover-handling-note { color: #666; font-size: 8.5pt; }

/* Contents */
.toc { list-style: none; padding: 0; margin: 0; }
.toc li { break-inside: avoid; }
.toc a { display: flex; align-items: baseline; color: #111; }
.toc-1 { font-weight: 700; margin-top: 2.5mm; }
.toc-2 { padding-left: 6mm; margin-top: 0.8mm; }
.toc-label { flex: 0 1 auto; }
.toc-leader { flex: 1 1 auto; border-bottom: 0.25mm dotted #999; margin: 0 2mm; min-width: 8mm; }
/* Fixed width: page numbers filled in by the second print pass must not move anything. */
.toc-page { flex: 0 0 12mm; text-align: right; font-variant-numeric: tabular-nums; }

/* Figures */
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 8.5pt; color: #555; margin-top: 2mm; }
svg { display: block; width: 100%; height: auto; }
.map text { font-family: ${FONT_STACK}; font-size: 10px; fill: #222; }
.map-water { fill: #dbe7ef; }
.map-country { fill: #f3f0e8; stroke: #8f8f8f; stroke-width: 0.6; stroke-linejoin: round; }
.map-border-tj-af { fill: none; stroke: #b3261e; stroke-width: 2.6; stroke-linejoin: round; stroke-linecap: round; }
.map-country-label { fill: #8a8a8a !important; letter-spacing: 2px; font-size: 10px; }
.map-place { fill: #222; }
/* No stroked halo on labels: Skia prints stroked text as Type 3 glyphs, which extract poorly. */
.map-place-label { font-size: 9.5px; }
.map-event { stroke: #fff; stroke-width: 0.9; }
.map-legend-box, .map-scale-back { fill: #fff; fill-opacity: 0.92; stroke: #999; stroke-width: 0.5; }
.map-legend-title { font-weight: 700; }
.map-scale-bar { fill: #222; }
.map-scale-bar-alt { fill: #fff; stroke: #222; stroke-width: 0.6; }
.map-frame { fill: none; stroke: #444; stroke-width: 1; }
.timeline text { font-family: ${FONT_STACK}; font-size: 9.5px; fill: #333; }
.tl-axis, .tl-tick { stroke: #444; stroke-width: 1; }
.tl-grid { stroke: #e2e2e2; stroke-width: 0.6; }
.tl-span { stroke-width: 1.6; opacity: 0.6; }
.tl-event { stroke: #fff; stroke-width: 0.6; }
.chronology { list-style: none; padding: 0; margin: 4mm 0 0; font-size: 8.5pt; }
.chronology li { break-inside: avoid; margin-bottom: 0.8mm; }
.chrono-date { font-variant-numeric: tabular-nums; margin-right: 1.5mm; }
.legend-row { display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 8.5pt; margin-top: 3mm; }
.swatch { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; margin-right: 1.2mm; vertical-align: -0.2mm; }

/* Notes */
.note { break-before: auto; }
.note + .note { border-top: 0.3mm solid #ccc; margin-top: 6mm; }
.note h2 { margin-top: 5mm; }
.note-meta, .note-events { color: #555; font-size: 8.5pt; margin-bottom: 2.5mm; }
.cite { font-size: 7pt; line-height: 0; }
.xref { border-bottom: 0.2mm dotted #0b4f8a; }
.xref-outside { font-style: italic; }
.raw-html, .image-omitted { color: #555; font-family: ${FONT_STACK}; }
.note-body table td, .note-body table th { border: 0.25mm solid #bbb; padding: 1mm 2mm; }

/* Endnotes and sources */
.endnote-list, .source-list { list-style: none; padding: 0; margin: 0; }
.endnote-list li { margin-bottom: 1.6mm; break-inside: avoid; font-size: 9pt; }
.endnote-list .back { font-weight: 700; color: #111; }
.missing { color: #9a1c1c; }
.grade { display: inline-block; font-weight: 700; border: 0.25mm solid #666; padding: 0 1mm; font-size: 8pt; }
.source { margin-bottom: 3.5mm; break-inside: avoid; font-size: 9pt; }
.source-number { font-weight: 700; }
.source-title { font-weight: 700; }
.source-facts, .source-grade { color: #333; }
.url, .hash { color: #444; font-size: 8pt; overflow-wrap: anywhere; }
.hash code { background: none; font-size: 7.5pt; }

/* Event table */
.event-table { width: 100%; font-size: 8pt; table-layout: fixed; }
.event-table th:nth-child(1) { width: 17%; }
.event-table th:nth-child(2) { width: 27%; }
.event-table th:nth-child(3) { width: 19%; }
.event-table th:nth-child(4) { width: 19%; }
.event-table th:nth-child(5) { width: 9%; }
.event-table th:nth-child(6) { width: 9%; }
.event-table td { overflow-wrap: break-word; }
.nowrap { white-space: nowrap; }
.event-table th { text-align: left; border-bottom: 0.4mm solid #333; padding: 1mm 1.5mm; }
.event-table td { vertical-align: top; border-bottom: 0.2mm solid #ccc; padding: 1mm 1.5mm; }
.event-table tr { break-inside: avoid; }
.event-table thead { display: table-header-group; }
.event-title { font-weight: 700; }
.num { text-align: right; }
`;

export function dossierCss(tlp: TlpLabel, title: string): string {
  return `${pageRule(tlp, title)}\n${BODY}`;
}
