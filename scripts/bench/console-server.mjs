// Builds (only when no build exists) and starts the console with `next start` against the sandbox, the way a
// deployment runs it, so the figures include Next's real production request path. The server runs in its
// own process group so that stopping it ends exactly the processes this script started, nothing else.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sleep } from './stats.mjs';

/** An existing build is used as is (it may be older than the source): set `force` (BENCH_REBUILD=1) to rebuild. */
export function ensureBuild(root, { force = false } = {}) {
  if (!force && existsSync(join(root, '.next', 'BUILD_ID'))) return false;
  console.log('[bench] running next build (about a minute on 2 cores)');
  const result = spawnSync(join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  return true;
}

/** The preferred port if it is free, else one the kernel picks. */
export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(server.address()?.port ?? port)));
    });
  const bound =
    (await tryPort(preferred)) ??
    (await new Promise((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    }));
  return bound;
}

export async function startConsole({ root, port, configFile, refreshIntervalSeconds }) {
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    RCC_CONFIG_FILE: configFile,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    NEXTAUTH_URL: url,
    RCC_REFRESH_INTERVAL_SECONDS: String(refreshIntervalSeconds),
    NODE_ENV: 'production',
  };
  const child = spawn(join(root, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    if ((await Promise.race([exited.then(() => 'exited'), sleep(10_000)])) !== 'exited') signalGroup('SIGKILL');
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the console exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      await response.text();
      if (response.ok) return { url, stop, output: () => output, pid: child.pid };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`the console did not answer /api/health within 90 s:\n${output}`);
}
