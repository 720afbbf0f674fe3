import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Against the real sandbox clusters and a production build of the console (see tests/integration/setup.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/integration/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One console server and shared clusters: files run one after another.
    fileParallelism: false,
  },
});
