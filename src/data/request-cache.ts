/**
 * Shares requests between elements: the same key asked while a request is in
 * flight, or within the cache lifetime after it succeeded, gets the same promise.
 * The underlying request is aborted only when every asker has given up.
 */
interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  askers: number;
  /** `performance.now()` when it succeeded; undefined while pending. */
  settledAt?: number;
}

const entries = new Map<string, Entry>();

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

function dropExpired(now: number, ttl: number): void {
  for (const [key, entry] of entries) {
    if (entry.settledAt !== undefined && now - entry.settledAt >= ttl) entries.delete(key);
  }
}

export interface SharedRequestOptions {
  /** Milliseconds a success is reused. */
  ttl: number;
  /** Ignore a settled entry (a retry or a reload). A pending one is still shared. */
  fresh?: boolean;
}

export function sharedRequest(
  key: string,
  signal: AbortSignal,
  options: SharedRequestOptions,
  run: (signal: AbortSignal) => Promise<unknown>,
): Promise<unknown> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  const now = performance.now();
  dropExpired(now, options.ttl);
  let entry = entries.get(key);
  if (entry && entry.settledAt !== undefined && options.fresh) {
    entries.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, askers: 0, promise: Promise.resolve() };
    created.promise = run(controller.signal).then(
      (value) => {
        created.settledAt = performance.now();
        if (options.ttl === 0 && entries.get(key) === created) entries.delete(key);
        return value;
      },
      (error: unknown) => {
        if (entries.get(key) === created) entries.delete(key);
        throw error;
      },
    );
    entries.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.askers++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      shared.askers--;
      if (shared.askers === 0 && shared.settledAt === undefined) {
        shared.controller.abort(abortError(signal));
        if (entries.get(key) === shared) entries.delete(key);
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        shared.askers--;
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        shared.askers--;
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Forgets every shared answer (tests, or after a sign-out). */
export function clearRequestCache(): void {
  entries.clear();
}
