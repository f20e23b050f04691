/** The part of jsdom's API the HTML import uses (jsdom has no bundled types; see dom-types.ts). */
declare module 'jsdom' {
  export class VirtualConsole {}
  export interface ConstructorOptions {
    contentType?: string;
    url?: string;
    virtualConsole?: VirtualConsole;
    pretendToBeVisual?: boolean;
    /** Never set by Frontier: with it unset, no script runs. */
    runScripts?: never;
    /** Never set by Frontier: with it unset, nothing is fetched. */
    resources?: never;
  }
  export class JSDOM {
    constructor(html: string | Uint8Array, options?: ConstructorOptions);
    readonly window: import('./dom-types').DomWindow;
  }
}
