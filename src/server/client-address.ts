import { BlockList, isIP } from 'node:net';
import type { TrustProxy } from '../config.js';

/** Who sent a request, as far as we may believe the proxies in front of us. */
export interface ClientAddress {
  /** The client's IP address (IPv4 written plainly, not as ::ffff:a.b.c.d). */
  readonly ip: string;
  /** Whether the original request was HTTPS (directly, or per a trusted X-Forwarded-Proto). */
  readonly https: boolean;
}

function plain(ip: string): string {
  const s = ip.trim();
  return s.startsWith('::ffff:') && isIP(s.slice(7)) === 4 ? s.slice(7) : s;
}

function blockListOf(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of cidrs) {
    const [addr = '', bits] = entry.split('/');
    const family = isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(addr, family);
    else list.addSubnet(addr, Number(bits), family);
  }
  return list;
}

/**
 * Resolves the client behind trusted reverse proxies. With `hops: n`, the last n addresses of
 * the chain (X-Forwarded-For entries, then the socket peer) are our proxies and the one before
 * them is the client. With a CIDR list, addresses are peeled off from the right while they are
 * trusted. X-Forwarded-For is never believed unless the socket peer itself is a trusted proxy:
 * otherwise any client could pick the address its failed logins are counted against.
 */
export function clientAddressResolver(trust: TrustProxy) {
  const trusted = trust.kind === 'cidrs' ? blockListOf(trust.cidrs) : null;
  const isTrusted = (ip: string) => isIP(ip) !== 0 && !!trusted?.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
  return (peer: string, headers: { forwardedFor?: string; forwardedProto?: string }, socketHttps: boolean) => {
    const peerIp = plain(peer);
    const peerTrusted = trust.kind === 'hops' ? trust.hops > 0 : trust.kind === 'cidrs' && isTrusted(peerIp);
    if (!peerTrusted) return { ip: peerIp, https: socketHttps };
    const chain = [
      ...(headers.forwardedFor ?? '')
        .split(',')
        .map(plain)
        .filter((s) => s !== ''),
      peerIp,
    ];
    let index = chain.length - 1;
    if (trust.kind === 'hops') index = Math.max(0, chain.length - 1 - trust.hops);
    else while (index > 0 && isTrusted(chain[index] as string)) index--;
    const proto = (headers.forwardedProto ?? '').split(',')[0]?.trim().toLowerCase();
    const ip = chain[index] as string;
    // A proxy that forwards garbage is misconfigured; count the failure against it, not "garbage".
    return { ip: isIP(ip) ? ip : peerIp, https: proto ? proto === 'https' : socketHttps };
  };
}
