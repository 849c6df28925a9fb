import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon/ComingSoon';
import type { PageProps } from '../routes';

// Placeholder until this screen is built; the route is registered so that its builder owns
// only this file.
export function TodayPage(_props: PageProps) {
  const { t } = useTranslation();
  return <ComingSoon section={t('nav.today')} />;
}
