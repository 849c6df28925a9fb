import i18next from 'i18next';
import { fieldIssueMessage } from '../../renderer/i18n/errors';
import { resources } from '../../renderer/i18n';

// The keys the contract puts on its own refusals are shown in words, in both languages.

function translator(lng: 'vi' | 'en') {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng, initAsync: false });
  return instance.t;
}

describe('the field messages of the contract’s own rules', () => {
  it.each([
    ['control_chars', 'en', /control characters/],
    ['control_chars', 'vi', /ký tự điều khiển/],
    ['date_out_of_range', 'en', /between 01\/01\/1900 and 31\/12\/2200/],
    ['date_out_of_range', 'vi', /từ 01\/01\/1900 đến 31\/12\/2200/],
  ] as const)('%s in %s', (key, lng, expected) => {
    expect(fieldIssueMessage({ path: ['fullName'], code: 'custom', key }, translator(lng))).toMatch(expected);
  });
});
