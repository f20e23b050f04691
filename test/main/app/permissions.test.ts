import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../main/app/permissions';

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'hid',
    'usb',
    'serial',
    'openExternal',
    'fullscreen',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'unknown',
    '',
  ])('denies %j', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });
});
