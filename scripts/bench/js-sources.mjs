// What each page's first-load JavaScript is made of: the files a cold visit loads until the network is idle (as
// `npm run bench` counts them, gzip level 6), each file's gzip size shared out over its source modules by the
// bytes its source map gives them, summed per package (EUI per component) or per file of ours.
//
//   RCC_SOURCE_MAPS=1 npx next build      # the browser's source maps (next.config.js), not built otherwise
//   (start the console against the sandbox, e.g. on port 3200)
//   CONSOLE_URL=http://127.0.0.1:3200 node scripts/bench/js-sources.mjs /remote-clusters /roles/new
//
// Sign-in: RCC_USERNAME / RCC_PASSWORD (the sandbox's elastic user by default). /sign-in is measured signed out.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { openBrowser } from './page.mjs';

const consoleUrl = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3200';
const SHOWN_MIN_KIB = Number(process.env.SHOWN_MIN_KIB ?? 0.7);
const paths = process.argv.slice(2);
if (paths.length === 0) throw new Error('usage: node scripts/bench/js-sources.mjs /page [/page...]');

/** The module a source belongs to: a package (EUI by component), or our own file. */
function groupOf(source) {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (!inPackage) return source.replace(/^.*?\/((?:app|components|lib)\/)/, '$1');
  const [, name, rest] = inPackage;
  if (name === '@elastic/eui') return `eui/${rest.split('/').slice(2, 4).join('/')}`;
  // Next bundles its own React: named apart from its router and runtime.
  if (name === 'next') return rest.startsWith('dist/compiled/') ? rest.split('/')[2] : 'next (router and runtime)';
  return name;
}

/** Bytes of the generated file per group, from its source map (source-map-js reads sectioned maps too). */
function bytesBySource(code, map) {
  const lineStarts = [0];
  for (const line of code.split('\n')) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length + 1);
  const segments = [];
  new SourceMapConsumer(map).eachMapping((m) =>
    segments.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(unmapped)']),
  );
  segments.sort((a, b) => a[0] - b[0]);
  const bytes = new Map();
  segments.forEach(([start, source], index) => {
    const length = (segments[index + 1]?.[0] ?? code.length) - start;
    bytes.set(groupOf(source), (bytes.get(groupOf(source)) ?? 0) + length);
  });
  return bytes;
}

async function loadedScripts(session, path) {
  const context = path === '/sign-in' ? await session.newSignedOutContext() : await session.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/_next/static/') && pathname.endsWith('.js')) scripts.add(pathname);
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...scripts];
}

const session = await openBrowser({
  consoleUrl,
  username: process.env.RCC_USERNAME ?? 'elastic',
  password: process.env.RCC_PASSWORD ?? 'sandbox-elastic',
});
try {
  for (const path of paths) {
    const kibByGroup = new Map();
    let totalGzip = 0;
    const scripts = await loadedScripts(session, path);
    for (const script of scripts) {
      const file = `.next${script.replace(/^\/_next/, '')}`;
      const code = readFileSync(file, 'utf8');
      const gzip = gzipSync(code, { level: 6 }).length;
      totalGzip += gzip;
      const mapName = code.match(/sourceMappingURL=(\S+)\s*$/)?.[1];
      const mapFile = mapName && file.replace(/[^/]+$/, mapName);
      if (!mapFile || !existsSync(mapFile)) {
        kibByGroup.set('(no source map: build with RCC_SOURCE_MAPS=1)', gzip / 1024);
        continue;
      }
      const bytes = bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')));
      for (const [group, length] of bytes)
        kibByGroup.set(group, (kibByGroup.get(group) ?? 0) + ((length / code.length) * gzip) / 1024);
    }
    console.log(`${path}: ${(totalGzip / 1024).toFixed(1)} KiB gzip in ${scripts.length} files`);
    for (const [group, kib] of [...kibByGroup].sort((a, b) => b[1] - a[1])) {
      if (kib >= SHOWN_MIN_KIB) console.log(`${kib.toFixed(1).padStart(8)}  ${group}`);
    }
  }
} finally {
  await session.close();
}
