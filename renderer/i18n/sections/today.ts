// Translations of one part of the app, Vietnamese first. The `en` object must have exactly the
// keys of `vi` (checked by the type of Resources in ../vi.ts and by tests/renderer/i18n.test.ts).
export const vi = {};

export const en: typeof vi = {};
