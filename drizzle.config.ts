import { defineConfig } from 'drizzle-kit'

// Generates SQL from db/schema into db/migrations. Only `public` is managed: `auth` belongs to
// Supabase Auth (the embedded default creates a compatible subset in 0000_platform.sql).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  schemaFilter: ['public'],
  strict: true,
})
