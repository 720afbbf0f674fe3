import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The mixed-version pair (tests/mixed): the integration tier's console server and OpenAPI check, against a
// sandbox whose local and remote clusters run different Elasticsearch lines (see scripts/test.sh).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/mixed/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/integration/global-setup.ts', 'tests/integration/openapi-global-setup.ts'],
    setupFiles: ['tests/integration/openapi-recorder.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
