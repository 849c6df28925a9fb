import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The bench scripts run as ES modules under tsx (no __dirname), unlike the vitest suites.
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MIGRATIONS_DIR = path.join(ROOT, 'migrations');
