import { createServer, type Socket } from 'node:net';

/**
 * A loopback listener that accepts connections and never answers: Elasticsearch's transport handshake hangs
 * until its own timeout, as behind a firewall that drops packets. (A real blackhole address would send probes
 * off this machine, which its network does not allow.)
 */
export async function startBlackhole(): Promise<{ address: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
