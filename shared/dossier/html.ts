/**
 * Escaping by default. The dossier is built from the analyst's text and from imported sources,
 * any of which may hold markup; every value interpolated with the `html` tag is escaped unless it
 * is already `SafeHtml` — markup this module family produced itself. So forgetting to escape is
 * not possible; marking text as safe is a visible, greppable act (`trusted(...)`).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (double- or single-quoted). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: the literal parts are markup, every interpolation is escaped (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/**
 * Markup produced by our own code (the map SVG, the font CSS, Markdown after our renderer) that
 * must go in as it is. Never pass user text here.
 */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);

export const joinHtml = (parts: readonly SafeHtml[], separator = ''): SafeHtml => new SafeHtml(parts.map((p) => p.value).join(separator));

/**
 * A CSS string literal ("…") for `content:` in a <style> element. Every character other than
 * plain letters, digits and a few safe marks is written as a hex escape, so no quote, backslash,
 * newline or `</style>` in a title can end the string or the element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /^[A-Za-z0-9 .,:;!?_+-]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).padStart(6, '0')}`;
  }
  return `${out}"`;
}
