/**
 * Links built from a page-supplied template such as `/missions/{id}`.
 *
 * The id is user data: it is URL-encoded, so it can never add a path, a query
 * or a scheme. The template itself must give an `http:` or `https:` URL, or a
 * relative one (resolved against the page); anything else (`javascript:`,
 * `data:`, `vbscript:` …) is refused.
 */

const PLACEHOLDER = /\{id\}/g;
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/** The link for `id`, or undefined when the template is unset or unsafe. */
export function linkFromTemplate(template: string | null | undefined, id: string): string | undefined {
  if (!template) return undefined;
  // "." and ".." are path steps however they are encoded (URLs read %2E as a dot): no link.
  if (id === '.' || id === '..') return undefined;
  const href = template.replace(PLACEHOLDER, () => encodeURIComponent(id));
  return isSafeHref(href) ? href : undefined;
}

/**
 * True for http(s) and relative URLs. Parsed as the browser will parse it (so
 * `java\tscript:` and ` javascript:` are caught), against a dummy https base
 * that only relative URLs inherit.
 */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/** True when the template gives no link (unsafe); unset is not unsafe. */
export function isUnsafeTemplate(template: string | null | undefined): boolean {
  return !!template && linkFromTemplate(template, 'id') === undefined;
}
