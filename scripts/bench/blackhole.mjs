// A "blackhole" address for proxy-mode remotes: a loopback listener that accepts TCP connections and never
// answers, so Elasticsearch's transport handshake hangs until its own timeout, as it would behind a firewall
// that drops packets. Loopback only: this machine's network rules forbid sending probes to any other address
// (a real blackhole such as 10.255.255.1 would be one), and from Elasticsearch's side the effect is the same.
import { createServer } from 'node:net';

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
