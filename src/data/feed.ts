/**
 * Loads a feed named by a widget's `src`: one request per URL shared by every widget on the
 * page, bounded in time and size, checked for type, parsed and validated.
 */
import { validateFeed, formatIssue, type FeedValidation } from './validate.js';

export type FeedErrorCode =
  | 'feed-url'
  | 'feed-network'
  | 'feed-http'
  | 'feed-timeout'
  | 'feed-too-large'
  | 'feed-content-type'
  | 'feed-not-json'
  | 'feed-invalid';

/** Why a feed could not be used. `code` is stable; `message` is for developers. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Limits for every feed request; change them before widgets load if a site needs others. */
export const feedLimits = {
  /** Milliseconds before a request is given up. */
  timeout: 10_000,
  /** Largest accepted response body, in bytes. */
  maxBytes: 4 * 1024 * 1024,
};

const jsonType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const requests = new Map<string, Promise<FeedValidation>>();

const readBody = async (response: Response, url: string): Promise<string> => {
  const declared = Number(response.headers.get('content-length'));
  if (declared > feedLimits.maxBytes) throw tooLarge(url);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > feedLimits.maxBytes) {
      await reader.cancel();
      throw tooLarge(url);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
};

const tooLarge = (url: string) =>
  new FeedError('feed-too-large', `the feed is larger than ${feedLimits.maxBytes} bytes`, url);

const request = async (url: string): Promise<FeedValidation> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), feedLimits.timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-cache',
        headers: { accept: 'application/json' },
      });
    } catch {
      if (controller.signal.aborted) throw new FeedError('feed-timeout', `no answer within ${feedLimits.timeout} ms`, url);
      throw new FeedError('feed-network', 'the feed could not be reached (network or CORS)', url);
    }
    if (!response.ok) throw new FeedError('feed-http', `the server answered ${response.status}`, url);
    const type = response.headers.get('content-type') ?? '';
    if (!jsonType.test(type)) {
      throw new FeedError('feed-content-type', `expected application/json, got ${JSON.stringify(type)}`, url);
    }
    let body: string;
    try {
      body = await readBody(response, url);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (controller.signal.aborted) throw new FeedError('feed-timeout', `no answer within ${feedLimits.timeout} ms`, url);
      throw new FeedError('feed-network', 'the feed could not be read', url);
    }
    let document: unknown;
    try {
      document = JSON.parse(body);
    } catch {
      throw new FeedError('feed-not-json', 'the feed is not valid JSON', url);
    }
    const result = validateFeed(document);
    if (!result.feed) {
      throw new FeedError('feed-invalid', result.issues.slice(0, 5).map(formatIssue).join('; '), url);
    }
    return result;
  } finally {
    clearTimeout(timer);
  }
};

/**
 * Fetches and validates the feed at `url` (resolved against the page). Widgets that name the
 * same URL share one request. A failed request is forgotten, so a later widget may try again;
 * a page reload always asks the server again.
 */
export const loadFeed = (url: string): Promise<FeedValidation> => {
  let absolute: string;
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError();
    absolute = parsed.href;
  } catch {
    return Promise.reject(new FeedError('feed-url', 'the feed address is not an http or https URL', url));
  }
  let pending = requests.get(absolute);
  if (!pending) {
    pending = request(absolute);
    requests.set(absolute, pending);
    pending.catch(() => requests.delete(absolute));
  }
  return pending;
};
