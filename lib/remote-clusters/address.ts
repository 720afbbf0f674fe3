// Addresses of remote clusters: "host:port" where host is an IPv4 address, a bracketed IPv6 address or a DNS
// name. Elasticsearch accepts more (it resolves whatever InetAddress takes), but these three are what its
// documentation and Elastic Cloud use, and checking them here catches the common typos before a save.

export const MAX_PORT = 65_535;
const MAX_DNS_NAME_LENGTH = 253;
const DNS_LABEL = /^(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(host: string): boolean {
  return IPV4.test(host);
}

/** Eight hex groups, or fewer around one "::"; the last two may be written as IPv4 (::ffff:10.0.0.1). */
export function isIpv6(host: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(host)) return false;
  let text = host;
  if (host.includes('.')) {
    const ipv4Tail = /:([\d.]+)$/.exec(host);
    if (!ipv4Tail?.[1] || !isIpv4(ipv4Tail[1])) return false;
    text = `${host.slice(0, ipv4Tail.index + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

/** A DNS name: dot-separated labels of letters, digits and "-" (not at a label's ends), 253 characters at most. */
export function isDnsName(host: string): boolean {
  if (host.length === 0 || host.length > MAX_DNS_NAME_LENGTH) return false;
  const labels = host.endsWith('.') ? host.slice(0, -1).split('.') : host.split('.');
  // All-numeric names would be mistyped IPv4 addresses ("10.0.0.256"), which no resolver treats as names.
  if (labels.every((label) => /^\d+$/.test(label))) return false;
  return labels.every((label) => DNS_LABEL.test(label));
}

export interface ParsedAddress {
  host: string;
  port: number;
}

/** The host and port of "host:port", or the rule it breaks. */
export function parseAddress(value: string): ParsedAddress | { error: string } {
  const address = value.trim();
  if (address === '') return { error: 'must not be empty' };
  if (/^[a-z]+:\/\//i.test(address)) return { error: 'must be host:port without a scheme such as https://' };
  let host: string;
  let portText: string;
  if (address.startsWith('[')) {
    const close = address.indexOf(']');
    if (close < 0) return { error: 'an IPv6 address must be closed with "]", as in [2001:db8::1]:9443' };
    host = address.slice(1, close);
    if (!address.slice(close + 1).startsWith(':')) return { error: 'must end with a port, as in [2001:db8::1]:9443' };
    portText = address.slice(close + 2);
    if (!isIpv6(host)) return { error: `"${host}" is not a valid IPv6 address` };
  } else {
    const colon = address.lastIndexOf(':');
    if (colon < 0) {
      // A bare host is the common slip: say what is missing (Kibana: "A port is required.").
      const bareHost = /^[\d.]+$/.test(address) ? isIpv4(address) : isDnsName(address);
      return {
        error: bareHost
          ? `needs a port, as in ${address}:9443`
          : 'must be host:port, as in 10.0.0.1:9443 or es.example.com:9443',
      };
    }
    host = address.slice(0, colon);
    portText = address.slice(colon + 1);
    if (host.includes(':')) return { error: 'an IPv6 address must be in brackets, as in [2001:db8::1]:9443' };
    if (host === '') return { error: 'must have a host before the port' };
    if (/^[\d.]+$/.test(host) ? !isIpv4(host) : !isDnsName(host)) {
      return { error: `"${host}" is not a valid IPv4 address or DNS name` };
    }
  }
  if (!/^\d{1,5}$/.test(portText)) return { error: 'must end with a port number, as in :9443' };
  const port = Number(portText);
  if (port < 1 || port > MAX_PORT) return { error: `port must be between 1 and ${MAX_PORT}` };
  return { host, port };
}

/** The rule an address breaks, or undefined when it is valid. */
export function addressError(value: string): string | undefined {
  const parsed = parseAddress(value);
  return 'error' in parsed ? parsed.error : undefined;
}
