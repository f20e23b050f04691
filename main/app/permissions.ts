/**
 * Web permissions the renderer may use. None: Frontier is an offline notebook and needs no camera,
 * microphone, geolocation, notifications, MIDI, HID, USB, serial, or fullscreen of elements.
 *
 * If a feature needs one (e.g. 'clipboard-sanitized-write' for navigator.clipboard.writeText in a
 * "copy citation" button), add it here with a comment saying which feature and why.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}
