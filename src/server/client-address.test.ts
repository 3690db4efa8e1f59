import { describe, expect, it } from 'vitest';
import { clientAddressResolver } from './client-address.js';

describe('client address through proxies', () => {
  it('believes no header when no proxy is trusted', () => {
    const resolve = clientAddressResolver({ kind: 'off' });
    expect(resolve('::ffff:10.0.0.5', { forwardedFor: '1.2.3.4', forwardedProto: 'https' }, false)).toEqual({
      ip: '10.0.0.5',
      https: false,
    });
  });

  it('takes the address before the last n hops', () => {
    const resolve = clientAddressResolver({ kind: 'hops', hops: 1 });
    // A client may send its own X-Forwarded-For; the proxy appends the address it saw.
    expect(resolve('10.0.0.1', { forwardedFor: '6.6.6.6, 203.0.113.9' }, false).ip).toBe('203.0.113.9');
    expect(resolve('10.0.0.1', {}, false).ip).toBe('10.0.0.1');
    const two = clientAddressResolver({ kind: 'hops', hops: 2 });
    expect(two('10.0.0.1', { forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.2' }, false).ip).toBe('203.0.113.9');
  });

  it('peels trusted CIDRs off the right of the chain, and only from a trusted peer', () => {
    const resolve = clientAddressResolver({ kind: 'cidrs', cidrs: ['10.0.0.0/8', 'fd00::/8'] });
    expect(resolve('10.1.2.3', { forwardedFor: '6.6.6.6, 203.0.113.9, 10.9.9.9' }, false).ip).toBe('203.0.113.9');
    expect(resolve('fd00::1', { forwardedFor: '2001:db8::7' }, false).ip).toBe('2001:db8::7');
    expect(resolve('198.51.100.1', { forwardedFor: '203.0.113.9', forwardedProto: 'https' }, false)).toEqual({
      ip: '198.51.100.1',
      https: false,
    });
    expect(resolve('10.1.2.3', { forwardedFor: 'garbage' }, false).ip).toBe('10.1.2.3');
    expect(resolve('10.1.2.3', { forwardedProto: 'https, http' }, false).https).toBe(true);
  });
});
