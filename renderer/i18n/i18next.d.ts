import 'i18next';
import type { vi } from './vi';

// Typed keys: t('meetings.title') is checked against vi.ts, and a misspelt key fails tsc.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
    returnNull: false;
  }
}
