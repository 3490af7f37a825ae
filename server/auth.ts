/**
 * Authentication hook: the app only needs `authenticate(req) => merchantId | null`.
 * The demo maps static bearer tokens to merchants; a real deployment passes
 * its own function (verify a JWT, look up a session...) to createApp.
 */
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** Merchant ids are bigints in SQL; kept as decimal strings in JS. */
export type MerchantId = string;
export type Authenticate = (request: IncomingMessage) => MerchantId | null | Promise<MerchantId | null>;

/** token → merchant id */
export type TokenTable = ReadonlyMap<string, MerchantId>;

export const DEMO_TOKENS: TokenTable = new Map([
  ['demo-token', '1'],
  ['demo-token-2', '2'],
]);

/**
 * `API_TOKENS` as JSON (`{"tok":1}`) or `tok:1,other:2`.
 * Throws on a malformed value: a typo must not silently lock everyone out.
 */
export function parseTokenTable(text: string): TokenTable {
  const trimmed = text.trim();
  const entries: [string, string][] = trimmed.startsWith('{')
    ? Object.entries(JSON.parse(trimmed) as Record<string, unknown>).map(([token, merchant]) => [
        token,
        String(merchant),
      ])
    : trimmed
        .split(',')
        .filter((pair) => pair.trim() !== '')
        .map((pair) => {
          const at = pair.lastIndexOf(':');
          return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
        });
  for (const [token, merchant] of entries) {
    if (!token || !/^[1-9]\d{0,17}$/.test(merchant)) {
      throw new Error(`API_TOKENS: bad entry ${JSON.stringify(token)} → ${JSON.stringify(merchant)}`);
    }
  }
  return new Map(entries);
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer[ ]+([^\s]+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

/** Static token table lookup, compared in constant time per candidate. */
export function tokenAuthenticator(tokens: TokenTable): Authenticate {
  const candidates = [...tokens].map(([token, merchant]) => [Buffer.from(token), merchant] as const);
  return (request) => {
    const token = bearerToken(request);
    if (token === null) return null;
    const given = Buffer.from(token);
    let merchant: MerchantId | null = null;
    for (const [candidate, merchantId] of candidates) {
      if (candidate.length === given.length && timingSafeEqual(candidate, given)) merchant = merchantId;
    }
    return merchant;
  };
}
