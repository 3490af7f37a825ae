/** What went wrong while getting a resource: lets the UI pick its message and the retry advice. */
export type DataErrorKind = 'config' | 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

/**
 * The one error type of the data layer. Its `message` is already readable by a
 * person (it names the resource and, for invalid data, the field path).
 */
export class MissionDataError extends Error {
  override readonly name = 'MissionDataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    /** HTTP status when there was an answer, else 0. */
    readonly status = 0,
    readonly resource = '',
  ) {
    super(message);
  }
}

/** True for the error `fetch` throws when its signal is aborted (our own abort, not a timeout). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
