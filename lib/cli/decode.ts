// Bytes of a file to text. Chinese web pages are often saved as GBK/GB2312 and
// say so in a <meta> tag; plain text must be UTF-8.

// The HTML standard looks for the charset declaration in the first 1024 bytes.
const PRESCAN_BYTES = 1024;
// Matches both <meta charset="gbk"> and
// <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

// Bytes that decode as valid UTF-8 (a UTF-8 BOM is stripped) are read as UTF-8
// whatever the page declares: pages are often re-saved as UTF-8 while keeping
// an old GBK <meta>, and GBK bytes of Chinese text are almost never valid UTF-8.
// Otherwise the declared charset is used, and UTF-8 (lossy) when none is
// declared or the label is unknown.
export function decodeHtml(bytes: Uint8Array): string {
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return utf8;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: read as the web default
  }
  return decoder.decode(bytes);
}

export function decodeText(bytes: Uint8Array): string {
  const text = tryUtf8(bytes);
  if (text === undefined) throw new Error('not UTF-8 text');
  return text;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
