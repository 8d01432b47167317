import { startServer, type RunningServer, type ServerOptions } from '../../functions/server'

export type TestServer = RunningServer

/**
 * The real Node host on a free port: a fresh in-memory embedded database with migrations
 * applied, the API, the GoTrue-compatible /auth/v1 and web/dist. One per test file.
 */
export function startTestServer(
  options: { maxBodyBytes?: number; jwtSecret?: string; ai?: ServerOptions['ai']; modelFetch?: typeof fetch; runJobs?: boolean; ingestKnowledge?: boolean } = {},
): Promise<TestServer> {
  return startServer({
    port: 0,
    dataDir: null,
    embeddedDbPort: 0,
    seedDemo: false,
    maxBodyBytes: options.maxBodyBytes,
    localJwtSecret: options.jwtSecret,
    ai: options.ai,
    modelFetch: options.modelFetch,
    runJobs: options.runJobs,
    ingestKnowledge: options.ingestKnowledge,
  })
}
