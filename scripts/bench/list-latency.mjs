// Scenarios 1 and 2: what the console adds to the remote-clusters list. The console's
// GET /api/remote_clusters?refresh=true (a read made now, not the shared one) is timed against the same three
// Elasticsearch reads made directly in parallel with the same credentials over kept-alive connections, so the
// ratio is the console's own cost: one more HTTP hop, Next's routing, auth, merging and JSON out.
import { interleave } from './stats.mjs';

export async function compareList({ label, es, consoleUrl, authorization, expectAliases, warmup, iterations }) {
  const direct = () => es.listReads();
  const viaConsole = async () => {
    const response = await fetch(`${consoleUrl}/api/remote_clusters?refresh=true`, { headers: { authorization } });
    const text = await response.text();
    if (!response.ok) throw new Error(`console list: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };

  // Sanity check before timing: the console must be listing the remotes this scenario created.
  const listed = await viaConsole();
  const names = new Set(listed.map((remote) => remote.name));
  const missing = expectAliases.filter((alias) => !names.has(alias));
  if (missing.length > 0) throw new Error(`${label}: the console does not list ${missing.slice(0, 5).join(', ')}`);

  const { a, b } = await interleave(direct, viaConsole, { warmup, iterations });
  return { label, remotesListed: listed.length, direct: a, console: b, ratio: b.median / a.median };
}
