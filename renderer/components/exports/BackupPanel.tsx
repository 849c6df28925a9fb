// Backups in Settings: make one now, restore from one (after a strong confirmation; the
// backend keeps a copy of the current data first), and the log of both.
import { Alert, Button, Checkbox, Divider, Group, Loader, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDatabaseImport, IconFile, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from './ExportButton';
import { ExportFailedMessage, ExportProgress } from './ExportFeedback';
import { ExportLog } from './ExportLog';
import { useBrowse } from '../BrowseButton/BrowseButton';
import { folderPathProblem } from './OtherFolderModal';
import { useExportJob, type SettledState } from './useExportJob';

export interface BackupPanelProps {
  /** After a successful restore, the user's "Reload" (default: reload the window, so every screen reads the restored data). */
  onRestored?: () => void;
}

const reloadWindow = () => window.location.reload();

export function BackupPanel({ onRestored = reloadWindow }: BackupPanelProps) {
  const { t } = useTranslation();
  const [restoreOpen, setRestoreOpen] = useState(false);
  return (
    <Stack gap="lg" data-testid="backup-panel">
      <Stack gap="xs">
        <Title order={3} size="h5" id="backup-create">
          {t('exports.backup.createTitle')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('exports.backup.createDescription')}
        </Text>
        <div>
          <ExportButton kind="backup" />
        </div>
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('exports.backup.restoreTitle')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('exports.backup.restoreDescription')}
        </Text>
        <div>
          <Button variant="default" color="red" leftSection={<IconDatabaseImport size={18} aria-hidden />} onClick={() => setRestoreOpen(true)}>
            {t('exports.backup.restoreButton')}
          </Button>
        </div>
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('exports.backup.logTitle')}
        </Title>
        <ExportLog kind="backup" pageSize={10} />
      </Stack>
      <RestoreModal opened={restoreOpen} onClose={() => setRestoreOpen(false)} onRestored={onRestored} />
    </Stack>
  );
}

function RestoreModal({ opened, onClose, onRestored }: { opened: boolean; onClose: () => void; onRestored: () => void }) {
  const { t } = useTranslation();
  const job = useExportJob();
  const [file, setFile] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<{ file?: 'fileRequired' | 'fileNotAbsolute'; confirm?: boolean }>({});
  const browseFile = useBrowse({
    kind: 'backupFile',
    current: file,
    disabled: job.busy,
    onChosen: (path) => {
      setFile(path);
      setProblems((p) => ({ ...p, file: undefined }));
    },
  });
  const [outcome, setOutcome] = useState<SettledState | null>(null);

  const close = () => {
    if (job.busy) return;
    // Restored: the screens must read the new data, whichever way the dialog is left.
    if (outcome?.status === 'done') {
      onRestored();
      return;
    }
    setOutcome(null);
    setConfirmed(false);
    setProblems({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (job.busy) return;
    const p = folderPathProblem(file);
    const next: { file?: 'fileRequired' | 'fileNotAbsolute'; confirm?: boolean } = {
      ...(p === 'required' ? { file: 'fileRequired' } : p === 'notAbsolute' ? { file: 'fileNotAbsolute' } : {}),
      ...(confirmed ? {} : { confirm: true }),
    };
    setProblems(next);
    if (next.file || next.confirm) return;
    setOutcome(null);
    const settled = await job.start('backup.restore', { file: file.trim() });
    setOutcome(settled);
    job.reset();
  };

  const done = outcome?.status === 'done' ? outcome : null;
  // The form is replaced by the outcome: move the focus to what to do next.
  const reloadRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (done) reloadRef.current?.focus();
  }, [done]);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('exports.restore.title')}
      size="lg"
      centered
      closeOnClickOutside={!job.busy}
      closeOnEscape={!job.busy}
      withCloseButton={!job.busy}
    >
      {done ? (
        <Stack gap="md" data-testid="restore-done">
          <Alert color="teal" variant="light" icon={<IconCheck size={20} aria-hidden />} title={t('exports.restore.doneTitle')} role="status">
            <Stack gap={6}>
              <Text size="sm">{t('exports.restore.done')}</Text>
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {t('exports.restore.safetyCopy', { file: done.result.file })}
              </Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button ref={reloadRef} leftSection={<IconRefresh size={18} aria-hidden />} onClick={onRestored}>
              {t('exports.restore.reload')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('exports.restore.warningTitle')}>
              <Stack gap={6}>
                <Text size="sm">{t('exports.restore.warning')}</Text>
                <Text size="sm">{t('exports.restore.safety')}</Text>
              </Stack>
            </Alert>
            <TextInput
              data-autofocus
              label={t('exports.restore.file')}
              description={t('exports.restore.fileHint')}
              leftSection={<IconFile size={16} aria-hidden />}
              value={file}
              onChange={(e) => {
                setFile(e.currentTarget.value);
                setProblems((p) => ({ ...p, file: undefined }));
              }}
              error={problems.file ? t(`exports.restore.${problems.file}`) : undefined}
              inputContainer={browseFile}
              readOnly={job.busy}
              spellCheck={false}
              autoComplete="off"
              ff="monospace"
              required
            />
            <Checkbox
              label={t('exports.restore.confirm')}
              checked={confirmed}
              onChange={(e) => {
                setConfirmed(e.currentTarget.checked);
                setProblems((p) => ({ ...p, confirm: false }));
              }}
              error={problems.confirm ? t('exports.restore.confirmRequired') : undefined}
              disabled={job.busy}
            />
            {outcome && outcome.status === 'failed' ? (
              <Alert color="red" variant="light" title={t('exports.restore.failedTitle')} role="alert">
                <ExportFailedMessage failure={outcome.failure} />
              </Alert>
            ) : null}
            {outcome && outcome.status === 'cancelled' ? (
              <Alert color="gray" variant="light" role="status">
                {t('exports.result.cancelled')}
              </Alert>
            ) : null}
            <ExportProgress job={job} kind="restore" w={260} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={job.busy}>
                {t('exports.restore.cancel')}
              </Button>
              {/* Stays focusable while the restore runs (a disabled button would drop the focus). */}
              <Button
                type="submit"
                color="red"
                leftSection={job.busy ? <Loader size={16} color="white" aria-hidden /> : <IconDatabaseImport size={18} aria-hidden />}
                {...(job.busy ? { 'data-disabled': true, 'aria-disabled': true, 'aria-busy': true } : {})}
              >
                {t('exports.restore.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
