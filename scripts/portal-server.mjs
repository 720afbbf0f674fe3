#!/usr/bin/env node
// Serves examples/portal (the example portal page) on one or more ports of 127.0.0.1, for the e2e test: one port
// is an allowed embedding origin, another is not. Usage: node scripts/portal-server.mjs 3102 3103
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../examples/portal/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

async function serve(request, response) {
  const path = normalize(new URL(request.url ?? '/', 'http://portal').pathname).replace(/^[/\\]+/, '') || 'index.html';
  const type = TYPES[extname(path)];
  // Only the example's own files: no directory listing, nothing outside the folder.
  if (!type || path.includes('..')) return response.writeHead(404).end('not found');
  try {
    const body = await readFile(join(ROOT, path));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}

const ports = process.argv
  .slice(2)
  .map(Number)
  .filter((port) => port > 0);
if (ports.length === 0) {
  console.error('usage: node scripts/portal-server.mjs <port> [<port> ...]');
  process.exit(2);
}
for (const port of ports) {
  createServer((request, response) => void serve(request, response)).listen(port, '127.0.0.1', () =>
    console.log(`portal example on http://127.0.0.1:${port}`),
  );
}
