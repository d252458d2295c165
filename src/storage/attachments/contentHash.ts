// Content address of a blob: SHA-256 (Web Crypto) as lower-case hex. The same bytes always give the
// same key, so a photo attached twice, or imported again from a board file, is stored once.
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
