import { join, resolve } from 'node:path';

/**
 * Where the built app is: out/, or FRONTIER_OUT_DIR when set (the build reads the same variable),
 * so that several builds can exist side by side without overwriting each other mid-test.
 */
export const BUILD_DIR = process.env['FRONTIER_OUT_DIR'] ? resolve(process.env['FRONTIER_OUT_DIR']) : join(import.meta.dirname, '../../out');
export const built = (...parts: string[]): string => join(BUILD_DIR, ...parts);
