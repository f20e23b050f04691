import { FrontierError } from '../../../shared/ipc/errors';
import { toExternalLink } from '../../../shared/security/external-links';

/**
 * Hands a link to the operating system, after the user has confirmed it. Only the desktop app
 * supplies `open` (main/app/open-external.ts: a native confirmation, then shell.openExternal); in
 * browser mode the page opens links itself, and the CLI has nothing to open them with.
 */
export type ExternalOpener = (url: string) => Promise<boolean>;

export function createExternalLinksService(open: ExternalOpener | undefined) {
  return {
    /** True when the user confirmed and the link was handed over; false when they declined. */
    async open(url: string): Promise<{ opened: boolean }> {
      // The renderer checked the link too, but main never trusts it: the allowlist is applied here,
      // and the opener gets the canonical form, exactly the string that was checked.
      const link = toExternalLink(url);
      if (link === null) throw new FrontierError('FORBIDDEN', 'Frontier opens only http:, https: and mailto: links.');
      if (!open) throw new FrontierError('UNSUPPORTED', 'Links outside Frontier are opened by the desktop app; in browser mode the browser opens them.');
      return { opened: await open(link) };
    },
  };
}
