import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nativeDialog } from '../../api';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';

export interface BrowseOptions {
  kind: 'folder' | 'backupFile';
  /** The path in the field now: the dialog opens there. */
  current: string;
  onChosen: (path: string) => void;
  disabled?: boolean;
}

/**
 * "Browse…" beside a path field, in the desktop app only (the browser mode has no native
 * dialog; there the path is typed). Use as the field's `inputContainer`, so the label, the hint
 * and the error stay where Mantine puts them.
 */
export function useBrowse({ kind, current, onChosen, disabled }: BrowseOptions): ((input: ReactNode) => ReactNode) | undefined {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const choose = useMemo(() => nativeDialog(), []);
  const [open, setOpen] = useState(false);
  if (!choose) return undefined;
  const browse = async () => {
    setOpen(true);
    try {
      const chosen = await choose({
        kind,
        title: t(kind === 'folder' ? 'dialogs.folderTitle' : 'dialogs.backupFileTitle'),
        ...(current.trim() ? { defaultPath: current.trim() } : {}),
      });
      if (chosen) onChosen(chosen);
    } catch (error) {
      notifications.show({ color: 'red', title: t('dialogs.failed'), message: errorMessage(error, lang, t) });
    } finally {
      setOpen(false);
    }
  };
  return (input) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
      <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void browse()} loading={open} disabled={disabled} data-testid="browse">
        {t('dialogs.browse')}
      </Button>
    </Group>
  );
}
