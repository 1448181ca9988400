import iconv from 'iconv-lite';

// Text decoding for sources without a declared encoding (DBF without .cpg, CSV, old DXF): UTF-8 when the bytes
// are valid UTF-8 (a GBK text of any length almost never is), otherwise GBK, which is what Chinese Windows
// software writes. An explicit choice always wins.

export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Normalises names users and .cpg files give ('GBK', 'CP936', '936', 'GB2312', 'UTF8', '65001' …). */
export function normalizeEncoding(name: string): TextEncoding | null {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (n === 'utf8' || n === '65001' || n === 'utf') return 'utf-8';
  if (n === 'gbk' || n === 'cp936' || n === '936' || n === 'gb2312' || n === 'ansi936' || n === 'windows936')
    return 'gbk';
  if (n === 'gb18030' || n === '54936') return 'gb18030';
  return null;
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return isValidUtf8(bytes) ? 'utf-8' : 'gbk';
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Detects and decodes in one pass: UTF-8 when the bytes are valid UTF-8, else GBK. */
export function decodeAuto(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  try {
    text = utf8Strict.decode(bytes);
  } catch {
    encoding = 'gbk';
    text = decodeText(bytes, 'gbk');
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
