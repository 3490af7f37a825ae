import * as v from 'valibot';
import { MissionDataError } from './errors.js';

/** `current.byType.review`, `items[3].customer.name`: the path a person reads. */
function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value); // NaN and Infinity are not JSON
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return typeof value;
  }
}

/** A readable sentence for one valibot issue, e.g. `current.byType.review must be a non-negative integer, got "12"`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path);
  if (issue.expected === 'never' && path) {
    // An extra key of a strict object: the input is the key's value, the key is the last path item.
    return `${path} ${issue.message}`;
  }
  if (issue.input === undefined && path) return `${path} is missing`;
  // A check forwarded to a field (impact rows) carries the whole object as input: show the field.
  const shown =
    issue.kind === 'validation' && issue.path?.length
      ? issue.path[issue.path.length - 1]!.value
      : issue.input;
  return `${path || 'the response'} ${issue.message}, got ${describe(shown)}`;
}

/**
 * Checks `input` against `schema`. Returns the typed value, or throws a
 * `MissionDataError` whose message names the resource and the first wrong field.
 */
export function validate<S extends v.GenericSchema>(
  resource: string,
  schema: S,
  input: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  throw new MissionDataError('invalid', `${resource}: ${describeIssue(result.issues[0])}`, 0, resource);
}
