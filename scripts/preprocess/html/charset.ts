/**
 * Bytes of a web page → text, in the encoding the page declares. The order is the browsers' (WHATWG
 * "encoding sniffing"): a byte order mark, then the HTTP Content-Type charset, then a <meta> charset
 * near the top, then UTF-8, and windows-1252 for undeclared pages that are not valid UTF-8 (what a
 * browser shows for an old Western page with no label).
 */

export interface DecodedPage {
  text: string;
  /** The WHATWG name TextDecoder gives the encoding, e.g. "windows-1251". */
  charset: string;
  /** Where the encoding came from, said in the import's output. */
  source: 'byte order mark' | 'Content-Type header' | '<meta charset>' | 'default (UTF-8)' | 'fallback (windows-1252)';
}

/** Browsers look for <meta charset> in the first 1024 bytes; pages with long <head> scripts put it later. */
const META_SCAN_BYTES = 4096;

const BOMS: ReadonlyArray<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

/** The charset a <meta charset> or <meta http-equiv="Content-Type"> declares near the top. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same in any ASCII-based encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct?.[1] !== undefined) return direct[1];
  }
  return undefined;
}

/** A TextDecoder for a label, or undefined when the label names no encoding TextDecoder knows. */
function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return undefined;
  }
}

export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  for (const [mark, charset] of BOMS) {
    if (mark.every((byte, i) => bytes[i] === byte)) {
      return { text: new TextDecoder(charset).decode(bytes.subarray(mark.length)), charset, source: 'byte order mark' };
    }
  }
  const declared: Array<[string | undefined, DecodedPage['source']]> = [
    [charsetFromContentType(contentType), 'Content-Type header'],
    [charsetFromMeta(bytes), '<meta charset>'],
  ];
  for (const [label, source] of declared) {
    const decoder = label === undefined ? undefined : decoderFor(label);
    // A page that says UTF-16 in a <meta> was still read as ASCII to find it, so it cannot be UTF-16 (WHATWG).
    if (decoder === undefined || (source === '<meta charset>' && decoder.encoding.startsWith('utf-16'))) continue;
    return { text: decoder.decode(bytes), charset: decoder.encoding, source };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source: 'default (UTF-8)' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', source: 'fallback (windows-1252)' };
  }
}
