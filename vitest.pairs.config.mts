import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// A pair of clusters, of any versions (tests/pairs): the integration tier's console server and OpenAPI check, against a
// sandbox of a local and a remote cluster: the mixed-version pairs of scripts/test.sh, or the oldest 8.x smoke run.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/pairs/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/integration/global-setup.ts', 'tests/integration/openapi-global-setup.ts'],
    setupFiles: ['tests/integration/openapi-recorder.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
