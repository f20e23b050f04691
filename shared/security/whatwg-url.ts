/**
 * shared/ compiles without DOM and Node typings, yet every runtime it runs in (Electron main,
 * Node, the renderer) has the WHATWG `URL` global. Parsing with the real parser, rather than a
 * regular expression, means we judge a URL exactly as the browser or the OS shell will read it.
 * This narrow local type exposes only what shared/ needs, without declaring a global.
 */
export interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
}

type UrlConstructor = new (input: string) => ParsedUrl;

const UrlCtor = (globalThis as unknown as { URL: UrlConstructor }).URL;

/** An absolute URL, or null when `input` does not parse as one (relative, malformed). */
export function parseAbsoluteUrl(input: string): ParsedUrl | null {
  try {
    return new UrlCtor(input);
  } catch {
    return null;
  }
}
