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

const timedOut = (url: string) => new FeedError('feed-timeout', `no answer within ${feedLimits.timeout} ms of asking`, url);

/**
 * A browser opens at most six HTTP/1.1 connections to one origin and queues the rest, while a
 * feed's time limit would already run. So the feeds of one origin are asked for four at a time
 * (leaving the page room for its own requests), and each one's clock starts when it is asked
 * for. An origin that has answered over HTTP/2 or HTTP/3, one shared connection, has no limit.
 */
const maxPerOrigin = 4;

interface OriginTurns {
  running: number;
  readonly waiting: (() => void)[];
  multiplexed: boolean;
}
const origins = new Map<string, OriginTurns>();

/** Waits for a turn to ask `origin`; resolves to the function that gives the turn back. */
const takeTurn = async (origin: string, signal: AbortSignal): Promise<() => void> => {
  let turns = origins.get(origin);
  if (!turns) origins.set(origin, (turns = { running: 0, waiting: [], multiplexed: false }));
  while (!turns.multiplexed && turns.running >= maxPerOrigin) {
    await new Promise<void>((resolve, reject) => {
      turns.waiting.push(resolve);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
  turns.running += 1;
  let given = false;
  return () => {
    if (given) return;
    given = true;
    turns.running -= 1;
    // Everyone waiting looks again: after an HTTP/2 answer, all may go.
    for (const next of turns.waiting.splice(0)) next();
  };
};

/** Whether the browser fetched `url` over a multiplexed protocol (HTTP/2 or 3), when it says. */
const multiplexed = (url: string): boolean => {
  const [entry] = (globalThis.performance?.getEntriesByName?.(url) ?? []) as PerformanceResourceTiming[];
  return /^h[23]/.test(entry?.nextHopProtocol ?? '');
};

/**
 * Asks for the feed at `url` and validates it. `signal` aborts it (nobody waits for it any more).
 * The time limit ends the wait even if the `fetch` in use ignores its signal (a page's wrapper).
 */
const request = async (url: string, signal: AbortSignal): Promise<FeedValidation> => {
  const origin = new URL(url).origin;
  const giveBack = await takeTurn(origin, signal);
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // First the timeout, then the abort: the race takes the first to settle.
      reject(timedOut(url));
      controller.abort();
    }, feedLimits.timeout);
  });
  try {
    let response: Response;
    try {
      response = await Promise.race([
        fetch(url, {
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-cache',
          headers: { accept: 'application/json' },
        }),
        deadline,
      ]);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted) throw signal.reason;
      throw new FeedError('feed-network', 'the feed could not be reached (network or CORS)', url);
    }
    if (multiplexed(url)) origins.get(origin)!.multiplexed = true;
    if (!response.ok) throw new FeedError('feed-http', `the server answered ${response.status}`, url);
    const type = response.headers.get('content-type') ?? '';
    if (!jsonType.test(type)) {
      throw new FeedError('feed-content-type', `expected application/json, got ${JSON.stringify(type)}`, url);
    }
    let body: string;
    try {
      body = await Promise.race([readBody(response, url), deadline]);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted) throw signal.reason;
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
    signal.removeEventListener('abort', stop);
    giveBack();
  }
};

/** One request for a URL, shared by the widgets that wait for it. */
interface SharedRequest {
  readonly result: Promise<FeedValidation>;
  readonly controller: AbortController;
  /** Callers still waiting; the request is aborted when the last one stops. */
  waiting: number;
  settled: boolean;
}
const requests = new Map<string, SharedRequest>();

/** The caller behind `signal` no longer waits: the last one to stop aborts the request. */
const stopWaiting = (absolute: string, shared: SharedRequest): void => {
  shared.waiting -= 1;
  if (shared.waiting > 0 || shared.settled) return;
  shared.controller.abort();
  if (requests.get(absolute) === shared) requests.delete(absolute);
};

/**
 * Fetches and validates the feed at `url` (resolved against the page). Widgets that name the
 * same URL share one request. A failed request is forgotten, so a later widget may try again;
 * a page reload always asks the server again. With `signal`, the caller may stop waiting (its
 * promise rejects with the signal's reason); a request nobody waits for any more is aborted.
 */
export const loadFeed = (url: string, signal?: AbortSignal): Promise<FeedValidation> => {
  let absolute: string;
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError();
    absolute = parsed.href;
  } catch {
    return Promise.reject(new FeedError('feed-url', 'the feed address is not an http or https URL', url));
  }
  if (signal?.aborted) return Promise.reject(signal.reason);
  let shared = requests.get(absolute);
  if (!shared) {
    const controller = new AbortController();
    const created: SharedRequest = { result: request(absolute, controller.signal), controller, waiting: 0, settled: false };
    created.result.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (requests.get(absolute) === created) requests.delete(absolute);
      },
    );
    requests.set(absolute, (shared = created));
  }
  shared.waiting += 1;
  if (!signal) return shared.result;
  const waited = shared;
  return new Promise((resolve, reject) => {
    waited.result.then(resolve, reject);
    signal.addEventListener(
      'abort',
      () => {
        reject(signal.reason);
        stopWaiting(absolute, waited);
      },
      { once: true },
    );
  });
};
