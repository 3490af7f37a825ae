/**
 * Transport settings shared by every element on the page: set once with
 * `configureMissionWidgets()`, typically next to the script tag.
 */
export interface MissionWidgetsConfig {
  /** `fetch` to use, e.g. one that adds a refreshed token. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** `credentials` mode of every request (cookies for a same-site API). */
  credentials?: RequestCredentials;
  /** Extra request headers, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** Milliseconds before a request is given up as timed out. Default 15,000. */
  timeout?: number;
  /** Milliseconds a successful answer is reused by elements asking the same thing. Default 30,000. */
  cacheTtl?: number;
}

export interface ResolvedConfig {
  fetch: typeof fetch;
  credentials: RequestCredentials;
  headers: Record<string, string>;
  timeout: number;
  cacheTtl: number;
}

const defaults = { credentials: 'same-origin', headers: {}, timeout: 15_000, cacheTtl: 30_000 } as const;
let current: MissionWidgetsConfig = {};

/** Sets transport options for all mission widgets. Later calls merge into earlier ones. */
export function configureMissionWidgets(config: MissionWidgetsConfig): void {
  for (const key of ['timeout', 'cacheTtl'] as const) {
    const value = config[key];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(
        `configureMissionWidgets: ${key} must be a non-negative number of milliseconds, got ${String(value)}`,
      );
    }
  }
  if (config.fetch !== undefined && typeof config.fetch !== 'function') {
    throw new TypeError('configureMissionWidgets: fetch must be a function');
  }
  current = { ...current, ...config, headers: { ...current.headers, ...config.headers } };
}

/** The settings in force, with defaults filled in. */
export function getConfig(): ResolvedConfig {
  return {
    fetch: current.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    credentials: current.credentials ?? defaults.credentials,
    headers: { ...defaults.headers, ...current.headers },
    timeout: current.timeout ?? defaults.timeout,
    cacheTtl: current.cacheTtl ?? defaults.cacheTtl,
  };
}

/** Back to defaults (tests). */
export function resetMissionWidgetsConfig(): void {
  current = {};
}
