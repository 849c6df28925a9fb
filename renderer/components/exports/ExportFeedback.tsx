// What the user sees of a job: the progress bar with its stage and a Cancel button while it
// runs, and a notification when it ends (the file and folder with "Copy path"; or what went
// wrong in the current language, with the way to Settings when the folder is the problem).
import { Anchor, Box, Button, CopyButton, Group, Modal, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconLock, IconSettings, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { hrefOf } from '../../router/useHashRoute';
import type { ExportFailure, ExportJobHandle, JobResult, SettledState } from './useExportJob';

const STAGES = ['queued', 'rendering', 'writing', 'snapshot', 'verifying', 'reading', 'checking', 'safety-copy', 'replacing', 'done', 'failed', 'cancelled'] as const;
type Stage = (typeof STAGES)[number];
/** File names and paths break at spaces and separators, never inside a word ('tham d ự'). */
const NAME_WRAP = { wordBreak: 'normal', overflowWrap: 'break-word' } as const;

const isStage = (s: string | null): s is Stage => s !== null && (STAGES as readonly string[]).includes(s);

/** The stage of a job in words ('Đang ghi tệp…'). */
export function useStageText() {
  const { t } = useTranslation();
  return (stage: string | null) => (isStage(stage) ? t(`exports.stage.${stage}`) : t('exports.stage.working'));
}

export type ProgressKind = 'export' | 'backup' | 'restore';

/**
 * The running job: stage and progress bar once it has taken longer than ~300 ms, and Cancel.
 * The stage is in a polite live region (always present, so screen readers hear the changes).
 */
export function ExportProgress({ job, kind = 'export', w = 220 }: { job: ExportJobHandle; kind?: ProgressKind; w?: number | string }) {
  const { t } = useTranslation();
  const stageText = useStageText();
  const shown = job.showProgress;
  const cancelling = (job.state.status === 'running' || job.state.status === 'starting') && job.state.cancelling;
  const percent = Math.round(job.progress * 100);
  const label = t(kind === 'backup' ? 'exports.progress.labelBackup' : kind === 'restore' ? 'exports.progress.labelRestore' : 'exports.progress.label');
  const status = cancelling ? t('exports.progress.cancelling') : stageText(job.stage);
  return (
    <>
      <ClassifiedConfirm job={job} />
      {/* Always present, so screen readers hear the stage as it changes. */}
      <VisuallyHidden role="status" aria-live="polite">
        {shown ? status : ''}
      </VisuallyHidden>
      {shown ? (
        <Group gap="xs" wrap="nowrap" align="center" data-testid="export-progress">
          <Box w={w}>
            <Group justify="space-between" gap={4} wrap="nowrap" aria-hidden>
              <Text size="xs" c="gray.7" truncate>
                {status}
              </Text>
              <Text size="xs" c="gray.7">
                {`${percent}%`}
              </Text>
            </Group>
            <Progress value={percent} size="sm" mt={4} aria-label={label} animated={!cancelling} striped={!cancelling} transitionDuration={200} />
          </Box>
          <Button size="compact-sm" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={job.cancel} disabled={cancelling}>
            {t('exports.progress.cancel')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}

/**
 * The question before classified content is written to a folder (often a share): the backend's
 * words (how many delegations, which marking), then write it with its marking, or not at all.
 */
function ClassifiedConfirm({ job }: { job: ExportJobHandle }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const question = job.state.status === 'confirming' ? job.state.question : null;
  return (
    <Modal
      opened={question !== null}
      onClose={() => job.confirmClassified(false)}
      title={t('exports.classified.title')}
      centered
      zIndex={400}
      size="lg"
      data-testid="classified-confirm"
      closeButtonProps={{ 'aria-label': t('exports.folderModal.cancel') }}
    >
      {question ? (
        <Stack gap="sm">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconLock size={20} color="var(--mantine-color-grape-8)" aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm">{question.messages[lang]}</Text>
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => job.confirmClassified(false)} data-autofocus>
              {t('exports.classified.cancel')}
            </Button>
            <Button color="grape" onClick={() => job.confirmClassified(true)} data-testid="classified-confirm-write">
              {t('exports.classified.confirm', { mark: t(`meetingPage.delegation.classificationValues.${question.marking}` as never) })}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

/** 'Report (2).docx' → 'Report.docx': the file the new one was saved beside. */
export function unversionedName(fileName: string): string {
  return fileName.replace(/ \(\d+\)(\.[^.]*)?$/, (_m, ext: string | undefined) => ext ?? '');
}

/** 'Report (3).docx' → 3; 'Report.docx' → 1. */
function versionOf(fileName: string): number {
  const m = / \((\d+)\)(?:\.[^.]*)?$/.exec(fileName);
  return m ? Number(m[1]) : 1;
}

/** 'Report.docx' with 2 → 'Report (2).docx' (as the main process names versions). */
function withVersion(fileName: string, n: number): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}

/**
 * Which earlier files the new one was saved beside: the written name is the first free one of
 * 'X', 'X (2)', 'X (3)'…, so '… (3)' means 'X' and 'X (2)' were there (and were kept).
 */
function VersionedNote({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const original = unversionedName(fileName);
  const n = versionOf(fileName);
  return (
    <Text size="sm" c="orange.9" data-testid="export-versioned" style={NAME_WRAP}>
      {n > 2
        ? t('exports.result.versionedMany', { existing: original, latest: withVersion(original, n - 1), name: fileName })
        : t('exports.result.versioned', { existing: original, name: fileName })}
    </Text>
  );
}

/** The body of the "file saved" notification. */
export function ExportDoneMessage({ result }: { result: JobResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="export-done">
      <Text size="sm" fw={600} style={NAME_WRAP}>
        {t('exports.result.fileName', { name: result.fileName })}
      </Text>
      <Text size="sm" c="gray.7" style={NAME_WRAP}>
        {t('exports.result.folder', { folder: result.folder })}
      </Text>
      {result.versioned ? <VersionedNote fileName={result.fileName} /> : null}
      {result.backup ? (
        <Text size="sm" data-testid="backup-mode">
          {result.backup.mode === 'changes'
            ? t('exports.result.backupChanges', { count: result.backup.keys ?? 0, base: result.backup.base ?? '' })
            : result.backup.reason
              ? t(`exports.result.backupFull.${result.backup.reason}`)
              : null}
        </Text>
      ) : null}
      <Group mt={4}>
        <CopyButton value={result.file} timeout={2000}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="default" onClick={copy} leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}>
              {copied ? t('exports.result.copied') : t('exports.result.copyPath')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** The body of the "did not succeed" notification or alert: the backend's message in the current language. */
export function ExportFailedMessage({ failure, onOpenSettings }: { failure: ExportFailure; onOpenSettings?: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <Stack gap={6} data-testid="export-failed">
      <Text size="sm">{failure.messages[lang] || failure.messages.vi}</Text>
      {failure.folderProblem ? (
        <Anchor href={hrefOf('/settings')} size="sm" onClick={onOpenSettings} fw={600}>
          <Group gap={4} component="span" wrap="nowrap">
            <IconSettings size={16} aria-hidden />
            {t('exports.result.openSettings')}
          </Group>
        </Anchor>
      ) : null}
    </Stack>
  );
}

/** A title that follows a language switch while the notification is on screen. */
function Title({ k }: { k: 'savedTitle' | 'backupTitle' | 'failedTitle' | 'backupFailedTitle' | 'cancelledTitle' }) {
  const { t } = useTranslation();
  return <>{t(`exports.result.${k}`)}</>;
}

function AnnualTitle({ year }: { year: number }) {
  const { t } = useTranslation();
  return <>{t('exports.annual.savedTitle', { year })}</>;
}

function CancelledMessage() {
  const { t } = useTranslation();
  return <>{t('exports.result.cancelled')}</>;
}

/** How long the "file saved" notification stays (it can be closed before). */
export const DONE_AUTO_CLOSE_MS = 8000;

let seq = 0;

/** Shows the outcome of a finished job as a notification. */
export function notifyOutcome(settled: SettledState, kind: 'export' | 'backup' = 'export', about: { year?: number } = {}): void {
  const id = `export-outcome-${++seq}`;
  if (settled.status === 'done') {
    notifications.show({
      id,
      color: 'teal',
      title: about.year ? <AnnualTitle year={about.year} /> : <Title k={kind === 'backup' ? 'backupTitle' : 'savedTitle'} />,
      message: <ExportDoneMessage result={settled.result} />,
      // Read and gone: the file is in the export log (and the screen's readiness) afterwards.
      autoClose: DONE_AUTO_CLOSE_MS,
    });
  } else if (settled.status === 'failed' && settled.failure.declined) {
    // The officer chose not to write classified content: nothing was written, nothing to report.
  } else if (settled.status === 'cancelled') {
    notifications.show({ id, color: 'gray', title: <Title k="cancelledTitle" />, message: <CancelledMessage />, autoClose: 6000 });
  } else {
    notifications.show({
      id,
      color: 'red',
      title: <Title k={kind === 'backup' ? 'backupFailedTitle' : 'failedTitle'} />,
      message: <ExportFailedMessage failure={settled.failure} onOpenSettings={() => notifications.hide(id)} />,
      autoClose: false,
    });
  }
}
