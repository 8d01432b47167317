import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    env: { LOG_LEVEL: 'warn' },
    // Each test file starts its own embedded database; two at a time fits the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
    // supabase-js builds a realtime client that needs a global WebSocket; Node 20 has it behind this flag.
    execArgv: ['--experimental-websocket'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
