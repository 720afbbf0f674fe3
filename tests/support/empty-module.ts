// Stands in for the `server-only` marker package under vitest: the marker throws outside Next's server
// bundles, and unit tests import server modules directly.
export {};
