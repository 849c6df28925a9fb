import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFolder } from '@tabler/icons-react';
import { createElement, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pathProblem } from '../../../common/paths';
import { Live } from '../directory/Live';
import { settingsSchema, type Settings } from '../../../electron/contract';
import { useApi, useApiQuery } from '../../api';
import { useEntityForm, useUnsavedChangesGuard } from '../../forms';
import { useBrowse } from '../BrowseButton/BrowseButton';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';

const schema = settingsSchema.pick({ exportFolder: true });

/** A path the exports can be written to (common/paths); empty means "ask at each export". */
export function exportFolderProblem(path: string): 'notAbsolute' | 'invalidChars' | 'tooLong' | null {
  const problem = pathProblem(path);
  return problem === 'required' ? null : problem;
}

/** A message translated when it renders, so it follows a language switch. */
function PathProblem({ problem }: { problem: 'notAbsolute' | 'invalidChars' | 'tooLong' }) {
  const { t } = useTranslation();
  return <>{t(`settingsPage.export.${problem}`)}</>;
}

export function ExportFolderSection() {
  const settings = useApiQuery('settings.get', {});
  if (settings.error) return <ErrorState error={settings.error} onRetry={settings.refetch} />;
  if (!settings.data) return <LoadingState rows={2} height={32} />;
  return <ExportFolderForm initial={settings.data} />;
}

function ExportFolderForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const api = useApi();
  const entityForm = useEntityForm<{ exportFolder: string }>({
    schema,
    initialValues: { exportFolder: initial.exportFolder ?? '' },
    onSubmit: async (values) => {
      const folder = (values.exportFolder as string | null)?.trim() ?? '';
      const problem = exportFolderProblem(folder);
      if (problem) {
        entityForm.form.setFieldError('exportFolder', createElement(PathProblem, { problem }));
        return;
      }
      const saved = await api.call('settings.update', { exportFolder: folder === '' ? null : folder });
      entityForm.reset({ exportFolder: saved.exportFolder ?? '' });
      notifications.show({ color: 'teal', message: <Live render={(t) => t(saved.exportFolder ? 'settingsPage.export.saved' : 'settingsPage.export.cleared')} /> });
    },
  });
  const { form, submitting, serverError } = entityForm;
  const guard = useUnsavedChangesGuard(form.isDirty());
  const browse = useBrowse({ kind: 'folder', current: String(form.values.exportFolder ?? ''), onChosen: (path) => form.setFieldValue('exportFolder', path) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void entityForm.submit();
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="export-folder-form">
      <Stack gap="sm">
        <TextInput
          label={t('settingsPage.export.label')}
          description={t('settingsPage.export.hint')}
          placeholder={t('settingsPage.export.placeholder')}
          leftSection={<IconFolder size={16} aria-hidden />}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('exportFolder')}
          inputContainer={browse}
        />
        {serverError ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} role="alert">
            {serverError}
          </Alert>
        ) : null}
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="gray.7" style={{ wordBreak: 'break-all' }}>
            {initial.exportFolder ? t('settingsPage.export.current', { path: initial.exportFolder }) : t('settingsPage.export.none')}
          </Text>
          <Button type="submit" loading={submitting} variant="light">
            {t('settingsPage.export.save')}
          </Button>
        </Group>
      </Stack>
      {guard.modal}
    </form>
  );
}
