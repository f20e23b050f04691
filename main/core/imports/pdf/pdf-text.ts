/** A text run as pdf.js's getTextContent gives it (the fields we use). */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, e, f]: f is the baseline's y in page units. */
  transform: number[];
  height: number;
}

/**
 * One page's text runs as lines and paragraphs. pdf.js marks line ends (hasEOL); a paragraph break
 * is a vertical gap clearly larger than the usual line spacing on the page, which is how reports
 * laid out in Word or LaTeX separate paragraphs.
 */
export function pageText(items: PdfTextItem[]): string {
  const lines: Array<{ text: string; y: number; height: number }> = [];
  let current = '';
  let y: number | undefined;
  let height = 0;
  for (const item of items) {
    if (current === '' && item.str.trim() === '' && !item.hasEOL) continue;
    if (y === undefined) {
      y = item.transform[5] ?? 0;
      height = item.height || Math.abs(item.transform[3] ?? 0);
    }
    current += item.str;
    if (item.hasEOL) {
      lines.push({ text: current, y, height });
      current = '';
      y = undefined;
    }
  }
  if (current.trim() || y !== undefined) lines.push({ text: current, y: y ?? 0, height });

  // The line spacing is the smallest gap between consecutive lines that is a real line step (not a
  // superscript or a run split on one baseline); a gap well beyond it starts a paragraph.
  const gaps = lines.slice(1).map((l, i) => Math.abs(lines[i]!.y - l.y)).filter((g, i) => g > 0.5 * (lines[i]!.height || 1));
  const usual = gaps.length ? Math.min(...gaps) : 0;
  let out = '';
  lines.forEach((line, i) => {
    const text = line.text.replace(/[ \t]+/g, ' ').trim();
    if (i > 0) {
      const gap = Math.abs(lines[i - 1]!.y - line.y);
      out += usual > 0 && gap > usual * 1.4 ? '\n\n' : '\n';
    }
    out += text;
  });
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
