import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Deliveries are signed as Stripe and GitHub sign theirs: HMAC-SHA256 with the endpoint's secret
 * over "<unix seconds>.<body>", sent as `Gantry-Signature: t=<unix seconds>,v1=<hex>`. The
 * timestamp is signed too, so a receiver that refuses old timestamps also refuses replays.
 */

/** The signature header's name. */
export const SIGNATURE_HEADER = 'Gantry-Signature';

/** A new endpoint secret: 32 random bytes, recognisable by its prefix. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header's value for `body` sent at `unixSeconds`. */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  return `t=${unixSeconds},v1=${hmac(secret, unixSeconds, body)}`;
}

/**
 * Checks a signature header as a receiver would: a valid v1 signature of this body, made at most
 * `toleranceSeconds` from `nowSeconds`. Exported for tests and as the reference for receivers.
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map<string, string[]>();
  for (const item of header.split(',')) {
    const [k, v] = item.split('=', 2);
    if (k && v) parts.set(k.trim(), [...(parts.get(k.trim()) ?? []), v.trim()]);
  }
  const t = Number(parts.get('t')?.[0]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, t, body), 'hex');
  return (parts.get('v1') ?? []).some((v) => {
    const given = Buffer.from(v, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function hmac(secret: string, unixSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
}
