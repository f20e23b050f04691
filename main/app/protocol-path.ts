import { requestSegments as segmentsOn, resolveAsset } from '../core/assets/resolve-asset';
import { APP_HOST, APP_SCHEME } from './app-origin';

const APP = { protocol: `${APP_SCHEME}:`, host: APP_HOST };

/** Maps `app://frontier/<path>` to a file inside the built renderer, or null (404). See resolve-asset.ts. */
export const resolveAppAsset = (rootDir: string, requestUrl: string): Promise<string | null> => resolveAsset(rootDir, requestUrl, APP);

/** The decoded path segments of an acceptable app:// request, or null. Exported for tests. */
export const requestSegments = (requestUrl: string): string[] | null => segmentsOn(requestUrl, APP);
