import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Database-backed tests share one PostgreSQL server when DATABASE_URL is set; each test file
    // gets its own schema, so files may still run in parallel.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
