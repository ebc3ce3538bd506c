import { clientKey } from './rate-limit';

const req = (ip: string | undefined, remote = '10.0.0.1') =>
  ({ ip, socket: { remoteAddress: remote } }) as unknown as Parameters<typeof clientKey>[0];

describe('clientKey', () => {
  it('is the IPv4 address, with the IPv4-mapped IPv6 prefix removed', () => {
    expect(clientKey(req('203.0.113.9'))).toBe('203.0.113.9');
    expect(clientKey(req('::ffff:203.0.113.9'))).toBe('203.0.113.9');
  });

  it('groups IPv6 by /64, so one host cannot take a fresh allowance per address', () => {
    expect(clientKey(req('2001:db8:1:2:aaaa:bbbb:cccc:dddd'))).toBe('2001:db8:1:2::/64');
    expect(clientKey(req('2001:db8:1:2::1'))).toBe('2001:db8:1:2::/64');
    expect(clientKey(req('2001:db8::1'))).toBe('2001:db8:0:0::/64');
    expect(clientKey(req('::1'))).toBe('0:0:0:0::/64');
  });

  it('falls back to the socket address', () => {
    expect(clientKey(req(undefined, '198.51.100.4'))).toBe('198.51.100.4');
  });
});
