/**
 * A deliberately small JSON Schema 2020-12 checker for the keywords the
 * OpenAPI document uses. An unknown keyword throws: the test then says the
 * document grew something this checker (and maybe clients) cannot read.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'pattern',
  'enum',
  'anyOf',
  'oneOf',
  'format',
  'const',
  'minLength',
  'description',
  'default',
  '$schema',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Returns the list of errors (empty when valid). */
export function checkJsonSchema(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as Schema | undefined)?.[part], root);
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return checkJsonSchema(value, target as Schema, root, path);
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const ok = types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
    if (!ok) return [`${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not in enum`);
  if ('const' in schema && schema.const !== value) errors.push(`${path}: not const`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: < minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: > maximum`);
  }
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: pattern`);
    if (typeof schema.minLength === 'number' && Array.from(value).length < schema.minLength)
      errors.push(`${path}: minLength`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) =>
      errors.push(...checkJsonSchema(item, schema.items as Schema, root, `${path}[${i}]`)),
    );
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[])
      if (!(name in object)) errors.push(`${path}.${name}: required`);
    for (const [name, item] of Object.entries(object)) {
      if (properties[name]) errors.push(...checkJsonSchema(item, properties[name], root, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${name}: not allowed`);
    }
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter(
      (option) => checkJsonSchema(value, option, root, path).length === 0,
    ).length;
    if (key === 'anyOf' ? passing === 0 : passing !== 1) errors.push(`${path}: ${key} matched ${passing}`);
  }
  return errors;
}
