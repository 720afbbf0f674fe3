import { describe, expect, it } from 'vitest';
import { addressError, isIpv6, parseAddress } from './address';

describe('parseAddress', () => {
  it.each([
    ['127.0.0.1:9300', '127.0.0.1', 9300],
    ['0.0.0.0:1', '0.0.0.0', 1],
    ['255.255.255.255:65535', '255.255.255.255', 65535],
    ['[::1]:9443', '::1', 9443],
    ['[2001:db8::8a2e:370:7334]:9300', '2001:db8::8a2e:370:7334', 9300],
    ['[2001:0db8:0000:0000:0000:ff00:0042:8329]:9300', '2001:0db8:0000:0000:0000:ff00:0042:8329', 9300],
    ['[::ffff:10.0.0.1]:9300', '::ffff:10.0.0.1', 9300],
    ['localhost:9300', 'localhost', 9300],
    ['es-1.example.com:9443', 'es-1.example.com', 9443],
    ['my-deployment.es.us-east-1.aws.found.io:9443', 'my-deployment.es.us-east-1.aws.found.io', 9443],
    ['  padded.example.com:9300 ', 'padded.example.com', 9300],
  ])('reads %s', (address, host, port) => {
    expect(parseAddress(address)).toEqual({ host, port });
  });

  it.each([
    ['', 'must not be empty'],
    ['127.0.0.1', 'needs a port, as in 127.0.0.1:9443'],
    ['es.example.com', 'needs a port, as in es.example.com:9443'],
    ['not an address', 'must be host:port'],
    ['127.0.0.1:', 'must end with a port number'],
    [':9300', 'must have a host'],
    ['127.0.0.1:0', 'between 1 and 65535'],
    ['127.0.0.1:65536', 'between 1 and 65535'],
    ['127.0.0.1:123456', 'must end with a port number'],
    ['127.0.0.1:-1', 'must end with a port number'],
    ['256.0.0.1:9300', 'not a valid IPv4 address'],
    ['10.0.0:9300', 'not a valid IPv4 address'],
    ['01.2.3.4.5:9300', 'not a valid IPv4 address'],
    ['::1:9300', 'must be in brackets'],
    ['[::1:9300', 'must be closed'],
    ['[::1]9300', 'must end with a port'],
    ['[1:2:3:4:5:6:7:8:9]:9300', 'not a valid IPv6'],
    ['[12345::1]:9300', 'not a valid IPv6'],
    ['[::1::2]:9300', 'not a valid IPv6'],
    ['[es.example.com]:9300', 'not a valid IPv6'],
    ['-bad.example.com:9300', 'not a valid IPv4 address or DNS name'],
    ['bad-.example.com:9300', 'not a valid IPv4 address or DNS name'],
    ['under_score.example.com:9300', 'not a valid IPv4 address or DNS name'],
    ['two..dots.com:9300', 'not a valid IPv4 address or DNS name'],
    [`${'a'.repeat(64)}.com:9300`, 'not a valid IPv4 address or DNS name'],
    ['https://es.example.com:9300', 'without a scheme'],
  ])('refuses %s', (address, message) => {
    expect(addressError(address)).toContain(message);
  });
});

describe('isIpv6', () => {
  it.each(['::', '::1', 'fe80::1', '1:2:3:4:5:6:7:8', '1::8', '1:2:3:4:5:6:1.2.3.4', '::ffff:192.168.0.1'])(
    'accepts %s',
    (host) => {
      expect(isIpv6(host)).toBe(true);
    },
  );
  it.each(['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', ':1:2', '1::2::3', 'g::1', '::ffff:999.0.0.1', '1.2.3.4'])(
    'refuses %s',
    (host) => {
      expect(isIpv6(host)).toBe(false);
    },
  );
});
