import { notifications } from '@mantine/notifications';
import { createElement, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Translated when it renders, so a notification on screen follows a language switch. */
function Reloaded() {
  const { t } = useTranslation();
  return t('forms.conflict.reloaded');
}

/**
 * The "Reload" of a ConflictNotice: fetches the record's latest version (whose number the next
 * save sends), keeps what was typed, and says so. `onLatest` takes the fresh record.
 */
export function useConflictReload<R extends { version: number }>(fetchLatest: () => Promise<R>, onLatest: (latest: R) => void): { reload: () => Promise<void>; reloading: boolean } {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      onLatest(await fetchLatest());
      notifications.show({ color: 'gray', message: createElement(Reloaded) });
    } finally {
      setReloading(false);
    }
  };
  return { reload, reloading };
}
