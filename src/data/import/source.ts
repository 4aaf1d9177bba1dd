/**
 * Reading a source: a file, or an address asked for with a time limit and a size limit, its bytes
 * decoded in the encoding it declares.
 */
import { readFile } from 'node:fs/promises';

/** Why a source could not be read at all (unreachable, not a feed, not WordPress). */
export class ImportSourceError extends Error {
  override readonly name = 'ImportSourceError';
}

/** Limits for every request an import makes; change them before importing if a source needs others. */
export const importLimits = {
  /** Milliseconds before a request is given up. */
  timeout: 30_000,
  /** Largest accepted source, in bytes. */
  maxBytes: 64 * 1024 * 1024,
};

/** Whether `source` is an http or https address rather than a file. */
export const isAddress = (source: string): boolean => /^https?:\/\//i.test(source);

const tooLarge = () => new ImportSourceError(`is larger than ${importLimits.maxBytes} bytes`);

/** The body of `response`, refused past the size limit. */
const readBody = async (response: Response): Promise<Uint8Array> => {
  if (Number(response.headers.get('content-length')) > importLimits.maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
    received += next.value.byteLength;
    if (received > importLimits.maxBytes) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
};

/** Asks for `url`; the response and its body, or an {@link ImportSourceError} saying why not. */
export const request = async (url: string, accept: string): Promise<{ response: Response; body: Uint8Array }> => {
  const signal = AbortSignal.timeout(importLimits.timeout);
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept }, redirect: 'follow', signal });
  } catch (error) {
    const reason = signal.aborted ? `no answer within ${importLimits.timeout} ms` : ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    throw new ImportSourceError(`cannot be reached (${reason})`);
  }
  try {
    return { response, body: await readBody(response) };
  } catch (error) {
    if (error instanceof ImportSourceError) throw error;
    throw new ImportSourceError(`cannot be read (${signal.aborted ? `no answer within ${importLimits.timeout} ms` : (error as Error).message})`);
  }
};

/** The encoding `bytes` declare: a byte order mark, the HTTP charset, else an XML declaration's. */
const encodingOf = (bytes: Uint8Array, contentType: string | null): string => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (charset) return charset;
  const declaration = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'));
  return declaration?.[1] ?? 'utf-8';
};

/** `bytes` as text in the encoding they declare. */
export const decode = (bytes: Uint8Array, contentType: string | null = null): string => {
  const encoding = encodingOf(bytes, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    throw new ImportSourceError(`is in an encoding this import does not read (${JSON.stringify(encoding)})`);
  }
  return decoder.decode(bytes);
};

/** The text of a feed: the file `source`, or what its address answers. */
export const readSource = async (source: string): Promise<string> => {
  if (!isAddress(source)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(source);
    } catch (error) {
      throw new ImportSourceError(`cannot be read (${(error as Error).message})`);
    }
    if (bytes.byteLength > importLimits.maxBytes) throw tooLarge();
    return decode(bytes);
  }
  const { response, body } = await request(source, 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1');
  if (!response.ok) throw new ImportSourceError(`answered HTTP ${response.status}`);
  return decode(body, response.headers.get('content-type'));
};
