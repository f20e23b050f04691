import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses a saved web page into an inert DOM in Node. jsdom runs no scripts unless `runScripts` is
 * set and loads no subresources (images, stylesheets, frames) unless `resources` is set: both are
 * left unset on purpose, so a hostile page can neither execute nor phone home. The bytes go in
 * undecoded so jsdom applies the HTML encoding sniffing rules (BOM, <meta charset>), which a
 * Russian page saved as windows-1251 needs. The virtual console swallows the page's CSS and parse
 * complaints instead of printing them into the CLI's output.
 */
export function parseHtml(bytes: Uint8Array): JSDOM {
  return new JSDOM(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    contentType: 'text/html',
    // An address that cannot resolve: relative links in the page stay relative to nothing real.
    url: 'https://frontier.invalid/',
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: false,
  });
}
