/**
 * Offers exported bytes as a download: a blob: URL on an <a download> that is clicked and then
 * revoked. A download is not a navigation of the page, so the app's CSP (which allows blob: only
 * for images) does not stand in its way; in browser mode Chromium saves the file, in Electron the
 * session's download handling asks where.
 */
export function downloadBytes(base64: string, fileName: string, mediaType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on a later turn: the click starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
