import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/api';
import { createI18n, LANGUAGE_KEY, storedLanguage } from '../../renderer/i18n';
import { en } from '../../renderer/i18n/en';
import { errorMessage, errorTitle, fieldErrors, fieldIssueMessage } from '../../renderer/i18n/errors';
import { vi as viResources } from '../../renderer/i18n/vi';

function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

describe('translations', () => {
  const viKeys = leaves(viResources);
  const enKeys = leaves(en);

  it('have the same keys in Vietnamese and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...viKeys.keys()].sort());
  });

  it('have no empty value', () => {
    for (const [key, value] of [...viKeys, ...enKeys]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of viKeys) expect(vars(enKeys.get(key)), key).toEqual(vars(value));
  });

  it('use no plural keys (the two languages pluralise differently)', () => {
    for (const key of viKeys.keys()) expect(key).not.toMatch(/_(zero|one|two|few|many|other)$/);
  });
});

describe('the i18n instance', () => {
  it('starts in Vietnamese and falls back to it', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('vi');
    expect(i18n.t('nav.meetings')).toBe('Cuộc họp');
  });

  it('remembers the chosen language and sets the document language', async () => {
    const i18n = createI18n('vi');
    await i18n.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(createI18n().t('nav.meetings')).toBe('Meetings');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('vi');
  });
});

describe('error messages', () => {
  const t = createI18n('en').t;
  const conflict = new ApiCallError('meetings.update', {
    code: 'CONFLICT',
    message: { vi: 'Cuộc họp đã được sửa.', en: 'The meeting was changed.' },
  });

  it('show the application message in the current language', () => {
    expect(errorMessage(conflict, 'vi', t)).toBe('Cuộc họp đã được sửa.');
    expect(errorMessage(conflict, 'en', t)).toBe('The meeting was changed.');
    expect(errorTitle(conflict, t)).toBe('Changed elsewhere');
  });

  it('give a generic message for anything else', () => {
    expect(errorMessage(new Error('boom'), 'en', t)).toBe('Something unexpected went wrong. Try again.');
  });

  it('translate field issues, keyed by field path without the update wrapper', () => {
    const invalid = new ApiCallError('meetings.update', {
      code: 'VALIDATION',
      message: { vi: '…', en: '…' },
      issues: [
        { path: ['changes', 'endDate'], code: 'custom', key: 'date_before_start' },
        { path: ['changes', 'titleVi'], code: 'too_small', minimum: 1 },
        { path: ['changes', 'titleVi'], code: 'too_big', maximum: 500 },
        { path: ['changes', 'city'], code: 'too_big', maximum: 200 },
      ],
    });
    expect(fieldErrors(invalid, t, { city: 'string' })).toEqual({
      endDate: 'The end date cannot be before the start date.',
      titleVi: 'This is required.',
      city: 'At most 200 characters.',
    });
    expect(fieldIssueMessage({ path: ['sequence'], code: 'too_small', minimum: 1 }, t, 'number')).toBe('The smallest value is 1.');
  });
});
