import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Text translated when it renders, not when it was created: a notification shown before a
 * language switch follows the switch like the rest of the screen.
 */
export function Live({ render }: { render: (t: TFunction, lang: Language) => string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return <>{render(t, lang)}</>;
}
