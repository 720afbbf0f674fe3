import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** tests/integration/openapi.test.ts last: it reads the record of every answer the other files received. */
class OpenApiLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLast = (file: TestSpecification) => file.moduleId.endsWith('/openapi.test.ts');
    return [...sorted.filter((file) => !isLast(file)), ...sorted.filter(isLast)];
  }
}

// Against the real sandbox clusters and a production build of the console (see tests/integration/setup.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/integration/global-setup.ts', 'tests/integration/openapi-global-setup.ts'],
    // Every /api answer a test receives is checked against the console's OpenAPI document.
    setupFiles: ['tests/integration/openapi-recorder.ts'],
    sequence: { sequencer: OpenApiLastSequencer },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One console server and shared clusters: files run one after another.
    fileParallelism: false,
  },
});
