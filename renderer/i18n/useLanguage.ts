import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';

/** The current language and a setter that also remembers it (see createI18n). */
export function useLanguage(): [Language, (lng: Language) => void] {
  const { i18n } = useTranslation();
  const setLanguage = useCallback((lng: Language) => void i18n.changeLanguage(lng), [i18n]);
  return [currentLanguage(i18n), setLanguage];
}

/** Picks the Vietnamese or English variant of a bilingual field pair. */
export function useLocalized() {
  const [lng] = useLanguage();
  return useCallback(<T extends { vi: string; en: string }>(pair: T) => (lng === 'en' ? pair.en : pair.vi), [lng]);
}
