import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations offline from db/schema.ts. Migrations are applied at run time by
// db/migrate.ts (with a backup and integrity checks), never by drizzle-kit's own migrate.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './migrations',
  strict: true,
  verbose: false,
});
