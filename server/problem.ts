/**
 * RFC 9457 problem details. Every error the API returns goes through here so
 * that clients always get `application/problem+json` with a `detail` they can
 * show and, for a bad query, the name of the `parameter`.
 */
import type { ServerResponse } from 'node:http';
import type { ProblemDetails } from '../src/data/contract.ts';

/** Problem type URIs: URNs rather than links to a site that does not exist. */
export const PROBLEM_TYPES = {
  invalidParameter: 'urn:mission-widgets:problem:invalid-parameter',
  notFound: 'urn:mission-widgets:problem:not-found',
  unauthorized: 'urn:mission-widgets:problem:unauthorized',
  methodNotAllowed: 'urn:mission-widgets:problem:method-not-allowed',
  internal: 'urn:mission-widgets:problem:internal-error',
} as const;

export interface Problem extends ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For invalid-parameter problems: the query parameter at fault. */
  parameter?: string;
}

/** Thrown by handlers and parameter parsers; turned into a response by the app. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

export function invalidParameter(parameter: string, detail: string): ProblemError {
  return new ProblemError({
    type: PROBLEM_TYPES.invalidParameter,
    title: 'Invalid query parameter',
    status: 400,
    detail: `${parameter}: ${detail}`,
    parameter,
  });
}

export function notFound(detail: string): ProblemError {
  return new ProblemError({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail });
}

export function sendProblem(
  response: ServerResponse,
  problem: Problem,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(problem);
  response.writeHead(problem.status, {
    ...headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
