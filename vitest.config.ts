import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Database-backed tests share one PostgreSQL server when DATABASE_URL is set; each test file
    // gets its own database, so files may still run in parallel.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One fork per core: vitest's default (cores - 1) is a single fork on a 2-core machine, which
    // then sits idle while a test waits on a child process, a retry or a stopped server.
    maxWorkers: '100%',
  },
});
