import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // The users are in Beijing time; dependencies that use local Date setters (chinese-days) agree then.
    env: { TZ: 'Asia/Shanghai' },
    pool: 'forks',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
