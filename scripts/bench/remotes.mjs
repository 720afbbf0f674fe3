// The remote definitions the scenarios create. Every address is on loopback and refuses or never answers:
// the benchmark measures the console, not a network, and this machine may not send probes elsewhere.
// For proxy remotes that should time out, a "blackhole": a loopback listener that accepts TCP connections and
// never answers, so Elasticsearch's transport handshake hangs until its own timeout, as behind a firewall that
// drops packets. (A real blackhole address such as 10.255.255.1 would send probes off this machine.)
import { connect, createServer } from 'node:net';

function refuses(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', (error) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** `count` loopback ports that refuse connections now, below the ephemeral range so no client takes them. */
async function closedPorts(count, from = 20001) {
  const ports = [];
  for (let port = from; ports.length < count && port < 32000; port++) if (await refuses(port)) ports.push(port);
  if (ports.length < count) throw new Error(`found only ${ports.length} closed loopback ports`);
  return ports;
}

/** bench_1..bench_<count>: nine in ten sniff-mode, one in ten proxy-mode, each to its own closed port. */
export async function benchRemotes(count) {
  const ports = await closedPorts(count);
  const remotes = {};
  ports.forEach((port, index) => {
    const alias = `bench_${index + 1}`;
    remotes[alias] =
      (index + 1) % 10 === 0
        ? { mode: 'proxy', proxy_address: `127.0.0.1:${port}` }
        : { mode: 'sniff', seeds: [`127.0.0.1:${port}`] };
  });
  return remotes;
}

/** Turns the given aliases into proxy-mode remotes pointing at the blackhole (a sniff alias loses its seeds). */
export function blackholedRemotes(aliases, address) {
  return Object.fromEntries(aliases.map((alias) => [alias, { mode: 'proxy', seeds: null, proxy_address: address }]));
}

/** The blackhole listener; `address` is what blackholed proxy remotes point at. Close it when done. */
export async function startBlackhole({ maxSockets = 2000 } = {}) {
  const sockets = new Set();
  const server = createServer((socket) => {
    // Hold the connection silently; cap the count so a runaway reconnect loop cannot exhaust descriptors.
    if (sockets.size >= maxSockets) return socket.destroy();
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${server.address().port}`,
    openSockets: () => sockets.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
