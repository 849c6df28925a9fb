import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFolder, IconFolderPlus } from '@tabler/icons-react';
import { createElement, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pathProblem } from '../../../common/paths';
import { Live } from '../directory/Live';
import { settingsSchema, type Settings } from '../../../electron/contract';
import { ApiCallError, useApi, useApiQuery } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
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

type Messages = ApiCallError['messages'];

/** The server's reason, in the language on screen (it follows a switch). */
function ServerReason({ messages }: { messages: Messages }) {
  const [lang] = useLanguage();
  return <>{messages[lang] || messages.vi}</>;
}

/** The folder refusal the server gave for this field, and why ('missing' offers to create it). */
function folderRefusal(error: unknown): { messages: Messages; reason: string | null } | null {
  if (!(error instanceof ApiCallError) || error.code !== 'VALIDATION') return null;
  const details = error.details as { field?: unknown; reason?: unknown } | undefined;
  if (details?.field !== 'exportFolder') return null;
  return { messages: error.messages, reason: typeof details.reason === 'string' ? details.reason : null };
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
  /** A folder the server found missing: the form offers to create it. */
  const [missing, setMissing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const saved = (value: Settings, key: 'saved' | 'cleared' | 'created') => {
    entityForm.reset({ exportFolder: value.exportFolder ?? '' });
    setMissing(null);
    notifications.show({ color: 'teal', message: <Live render={(t) => t(`settingsPage.export.${key}`, { path: value.exportFolder ?? '' })} /> });
  };
  /** A refusal of the folder shows beside the field, with the offer when it is missing. */
  const refused = (folder: string, error: unknown): boolean => {
    const refusal = folderRefusal(error);
    if (!refusal) return false;
    entityForm.form.setFieldError('exportFolder', createElement(ServerReason, { messages: refusal.messages }));
    setMissing(refusal.reason === 'missing' ? folder : null);
    return true;
  };
  const entityForm = useEntityForm<{ exportFolder: string }>({
    schema,
    initialValues: { exportFolder: initial.exportFolder ?? '' },
    onSubmit: async (values) => {
      const folder = (values.exportFolder as string | null)?.trim() ?? '';
      const problem = exportFolderProblem(folder);
      setMissing(null);
      if (problem) {
        entityForm.form.setFieldError('exportFolder', createElement(PathProblem, { problem }));
        return;
      }
      try {
        const value = await api.call('settings.update', { exportFolder: folder === '' ? null : folder });
        saved(value, value.exportFolder ? 'saved' : 'cleared');
      } catch (error) {
        if (!refused(folder, error)) throw error;
      }
    },
  });
  const create = async () => {
    if (!missing) return;
    setCreating(true);
    try {
      saved(await api.call('settings.createExportFolder', { exportFolder: missing }), 'created');
    } catch (error) {
      if (!refused(missing, error)) entityForm.form.setFieldError('exportFolder', error instanceof ApiCallError ? createElement(ServerReason, { messages: error.messages }) : String(error));
    } finally {
      setCreating(false);
    }
  };
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
          onChange={(event) => {
            setMissing(null);
            form.getInputProps('exportFolder').onChange(event);
          }}
          inputContainer={browse}
        />
        {missing && missing === String(form.values.exportFolder ?? '').trim() ? (
          <Group gap="sm" wrap="wrap" data-testid="create-folder-offer">
            <Button variant="light" color="teal" leftSection={<IconFolderPlus size={16} aria-hidden />} loading={creating} onClick={() => void create()}>
              {t('settingsPage.export.create')}
            </Button>
            <Text size="sm" c="gray.7" style={{ wordBreak: 'break-all' }}>
              {t('settingsPage.export.createHint', { path: missing })}
            </Text>
          </Group>
        ) : null}
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
