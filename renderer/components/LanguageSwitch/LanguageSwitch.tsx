import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Tiếng Việt / English. A radio group: Tab reaches it, the arrow keys switch. Each language is
 * named in itself, so a user lost in the other language still finds their own.
 */
export function LanguageSwitch(props: Omit<SegmentedControlProps, 'data' | 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const [lang, setLang] = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      {...props}
      value={lang}
      onChange={(value) => isLanguage(value) && setLang(value)}
      data={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{t(`language.${l}`)}</span> }))}
    />
  );
}
