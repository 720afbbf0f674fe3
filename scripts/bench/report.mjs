// Prints the measured figures against their targets and writes them as JSON (.reports/bench.json). A missed
// target prints FAIL but never changes the exit code: this is a measurement to read, not a test gate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pagesTable } from './pages.mjs';

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '-');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const verdict = (pass) => (pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL');

export function printSummary(results) {
  const lines = [];
  const row = (cells, widths) =>
    cells
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('')
      .trimEnd();

  const latencyWidths = [40, 24, 24, 7, 10, 6];
  lines.push(row(['scenario', 'direct median / p90', 'console median / p90', 'ratio', 'target', ''], latencyWidths));
  for (const r of results.list) {
    lines.push(
      row(
        [
          r.label,
          `${ms(r.direct.median)} / ${ms(r.direct.p90)}`,
          `${ms(r.console.median)} / ${ms(r.console.p90)}`,
          r.ratio.toFixed(2),
          `<= ${r.target}`,
          verdict(r.pass),
        ],
        latencyWidths,
      ),
    );
  }
  const f = results.floors;
  if (f) {
    lines.push(
      `  floors (medians): bare Node HTTP ${ms(f.bareNode.median)}, ` +
        `Next static file ${ms(f.nextStaticFile.median)}, ` +
        `console list from its shared read (no ES ` +
        `call) ${ms(f.consoleSharedRead.median)}`,
    );
  }
  if (results.meta.blackholedPutMs !== undefined) {
    lines.push(
      `  the settings update that made ${results.options.blackholed} remotes ` +
        `blackholed proxies took ${(results.meta.blackholedPutMs / 1000).toFixed(1)} s`,
    );
  }
  for (const r of results.list)
    if (r.stoppedEarly) lines.push(`  ${r.label}: stopped early (Elasticsearch heap), ${r.direct.n} rounds`);

  lines.push('');
  const otherWidths = [48, 62, 12, 6];
  lines.push(row(['scenario', 'measured', 'target', ''], otherWidths));
  for (const p of results.pollers ?? []) {
    lines.push(
      row(
        [
          `${p.pollers} pollers, ${p.label}`,
          `${p.setsPerInterval.toFixed(2)} ES read sets / interval (${p.intervals} x ${p.intervalMs / 1000} s)`,
          '<= 1',
          verdict(p.pass),
        ],
        otherWidths,
      ),
    );
    lines.push(
      row(
        [
          '',
          `ES calls: settings ${p.esCalls.settings}, ` +
            `remote/info ${p.esCalls.remoteInfo}, ` +
            `resolve ${p.esCalls.resolveCluster}, has_privileges ${p.esCalls.hasPrivileges}`,
          '',
          '',
        ],
        otherWidths,
      ),
    );
    lines.push(
      row(
        [
          '',
          `background (idle window): ` +
            `${Object.values(p.backgroundCalls).reduce((a, b) => a + b, 0)} ` +
            `calls; ${p.requests} console requests, ${p.failures} failed`,
          '',
          '',
        ],
        otherWidths,
      ),
    );
    lines.push(
      row(
        [
          '',
          `console latency median ${ms(p.latency.median)}, p90 ${ms(p.latency.p90)}; ` +
            `has_privileges ${p.hasPrivilegesPerInterval.toFixed(2)} / interval`,
          '',
          '',
        ],
        otherWidths,
      ),
    );
  }
  const w = results.pageWeight;
  if (w) {
    lines.push(
      row(
        [
          'page weight /remote-clusters (JS, gzip)',
          `${kb(w.all.gzipBytes)} in ${w.all.files} files (${kb(w.all.rawBytes)} raw)`,
          'report',
          '',
        ],
        otherWidths,
      ),
    );
    lines.push(
      row(
        [
          '',
          `of which before the load event: ${kb(w.beforeLoadEvent.gzipBytes)} in ${w.beforeLoadEvent.files} files`,
          '',
          '',
        ],
        otherWidths,
      ),
    );
  }
  for (const i of results.interactive ?? []) {
    if (i.skipped) {
      lines.push(
        row([`interactive, ${i.label}`, 'SKIPPED', '< 1500 ms', ''], otherWidths),
        `${''.padEnd(otherWidths[0])}${i.skipped}`,
      );
      continue;
    }
    lines.push(
      row(
        [
          `interactive, ${i.label}, cold`,
          `${ms(i.cold.interactive.median)} median, ` +
            `${ms(i.cold.interactive.p90)} p90 (rows at ${ms(i.cold.rows.median)})`,
          '< 1500 ms',
          verdict(i.pass),
        ],
        otherWidths,
      ),
    );
    lines.push(
      row(
        [
          `interactive, ${i.label}, warm`,
          `${ms(i.warm.interactive.median)} median, ` +
            `${ms(i.warm.interactive.p90)} p90 (rows at ${ms(i.warm.rows.median)})`,
          'report',
          '',
        ],
        otherWidths,
      ),
    );
    lines.push(row(['', `the page's list requests: ${i.listRequestHeaders.join(' | ')}`, '', ''], otherWidths));
  }
  if (results.pages) lines.push('', 'pages (first visit; list pages with 200 remotes):', pagesTable(results.pages));
  const load = (values) => values?.map((v) => v.toFixed(2)).join(' ');
  lines.push(
    '',
    `machine: ${results.meta.cpus} cores, load ` +
      `average ${load(results.meta.loadavgAtStart)} ` +
      `at start, ${load(results.meta.loadavgAtEnd)} at end`,
  );
  console.log(`\n${lines.join('\n')}\n`);
}

export function writeJson(path, results) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
