import { TextDecoder } from 'util';

/**
 * The text encodings a CSV export comes in: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark (Excel's "Unicode Text"), and Windows-1252 (Excel's "CSV" on a Western Windows)
 * when the bytes are not valid UTF-8.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a byte-order mark announces, and the mark's length; null without a mark. */
export function byteOrderMark(head: Uint8Array): { encoding: Encoding; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * A streaming decoder for the encoding. UTF-8 is decoded strictly (an invalid byte throws
 * `NotUtf8`) so that a Windows-1252 file is detected instead of having its accents replaced by
 * U+FFFD; the mark itself is skipped by the caller.
 */
export function decoder(encoding: Encoding): TextDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom')
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return new TextDecoder(encoding, { ignoreBOM: true });
}

/** Whether a decoding error is the strict UTF-8 decoder meeting bytes that are not UTF-8. */
export const isNotUtf8 = (e: unknown): boolean =>
  (e as NodeJS.ErrnoException | null)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
