// One button that produces a document or file: it starts the backend's job (a menu first when
// there is a choice: the file's language, the CSV list), shows the progress once it is slow,
// offers Cancel, and ends with a notification naming the file and the folder.
import { ActionIcon, Button, Group, Loader, Menu, type ButtonProps, type MantineSize } from '@mantine/core';
import { IconChevronDown, IconDatabase, IconDotsVertical, IconFileExport, IconFolderShare } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFrame, ExportLanguage, Input } from '../../../electron/contract';
import { EXPORT_LISTS } from '../../../electron/contract';
import { useLanguage } from '../../i18n/useLanguage';
import { DocumentFrameModal } from './DocumentFrameModal';
import { ExportProgress, notifyOutcome } from './ExportFeedback';
import { OtherFolderModal } from './OtherFolderModal';
import { useExportJob, type JobMethod, type JobResult } from './useExportJob';

type Strip<T> = T extends unknown ? Omit<T, 'language' | 'folder'> & { language?: ExportLanguage } : never;

export type ExportKindProp = 'briefing' | 'postTripReport' | 'annualReport' | 'tracker' | 'csv' | 'calendar' | 'backup';

/** What each kind exports; `language` left out offers both (Vietnamese first). */
export type ExportTarget =
  | { kind: 'briefing'; input: Strip<Input<'exports.briefing'>> }
  | { kind: 'postTripReport'; input: Strip<Input<'exports.postTripReport'>> }
  | { kind: 'annualReport'; input: Strip<Input<'exports.annualReport'>> }
  | { kind: 'tracker'; input?: Strip<Input<'exports.tracker'>> }
  /** Without `list`, the menu offers the three lists (unfiltered). */
  | { kind: 'csv'; input?: Strip<Input<'exports.csv'>> | { list?: undefined; language?: ExportLanguage } }
  | { kind: 'calendar'; input?: Strip<Input<'exports.calendar'>> }
  | { kind: 'backup'; input?: Record<string, never> };

export type ExportButtonProps = ExportTarget & {
  /** The button's text; each kind has a default. */
  label?: string;
  size?: MantineSize | `compact-${MantineSize}`;
  variant?: ButtonProps['variant'];
  disabled?: boolean;
  /** Offer "Save to another folder…" (default true). */
  allowOtherFolder?: boolean;
  /** Called with the file written, after the notification. */
  onDone?: (result: JobResult) => void;
};

const METHOD: Record<ExportKindProp, JobMethod> = {
  briefing: 'exports.briefing',
  postTripReport: 'exports.postTripReport',
  annualReport: 'exports.annualReport',
  tracker: 'exports.tracker',
  csv: 'exports.csv',
  calendar: 'exports.calendar',
  backup: 'backup.create',
};

interface Choice {
  key: string;
  /** The menu's line, and the radio's in the folder modal. */
  label: string;
  /** A heading above this choice in the menu. */
  group?: string;
  input: Record<string, unknown>;
}

function useChoices(target: ExportTarget): Choice[] {
  const { t } = useTranslation();
  const base = (target.input ?? {}) as Record<string, unknown> & { language?: ExportLanguage; list?: string };
  if (target.kind === 'backup') return [{ key: 'backup', label: t('exports.button.backup'), input: {} }];
  const languages: ExportLanguage[] = base.language ? [base.language] : ['vi', 'en'];
  if (target.kind === 'csv' && !base.list) {
    return languages.flatMap((lang) =>
      EXPORT_LISTS.map((list) => ({
        key: `${list}-${lang}`,
        label: t(lang === 'vi' ? 'exports.menu.listVi' : 'exports.menu.listEn', { list: t(`exports.lists.${list}`) }),
        group: t(`exports.menu.${lang}`),
        input: { list, language: lang },
      })),
    );
  }
  return languages.map((lang) => ({ key: lang, label: t(`exports.menu.${lang}`), input: { ...base, language: lang } }));
}

export function ExportButton(props: ExportButtonProps) {
  const { t } = useTranslation();
  const [uiLang] = useLanguage();
  const { kind, size = 'sm', variant = 'light', disabled, allowOtherFolder = true, onDone } = props;
  const job = useExportJob();
  const choices = useChoices(props);
  const [folderOpen, setFolderOpen] = useState(false);
  const label = props.label ?? t(`exports.button.${kind}`);
  const method = METHOD[kind];
  const notifyKind = kind === 'backup' ? 'backup' : 'export';

  // A document (the briefing, the post-trip report) asks for its frame first: number and symbol,
  // addressees, signer, copies.
  const [framing, setFraming] = useState<{ choice: Choice; folder?: string } | null>(null);
  const framed = kind === 'briefing' || kind === 'postTripReport';

  const run = async (choice: Choice, folder?: string, frame?: DocumentFrame) => {
    if (framed && !frame) {
      setFraming({ choice, ...(folder ? { folder } : {}) });
      return;
    }
    const input = { ...choice.input, ...(folder ? { folder } : {}), ...(frame ? { frame } : {}) } as Input<typeof method>;
    const settled = await job.start(method, input);
    notifyOutcome(settled, notifyKind);
    job.reset();
    if (settled.status === 'done') onDone?.(settled.result);
  };

  // A backup adds only the changes since the folder's last one; this asks for a whole file instead.
  const fullBackup =
    kind === 'backup' ? (
      <Menu.Item leftSection={<IconDatabase size={16} aria-hidden />} onClick={() => void run({ key: 'backupFull', label: t('exports.button.backupFull'), input: { full: true } })}>
        {t('exports.button.backupFull')}
      </Menu.Item>
    ) : null;

  const otherFolder = allowOtherFolder ? (
    <Menu.Item leftSection={<IconFolderShare size={16} aria-hidden />} onClick={() => setFolderOpen(true)}>
      {t('exports.menu.otherFolder')}
    </Menu.Item>
  ) : null;

  // While a job runs the button stays focusable (focus is not lost) but does nothing.
  const icon = job.busy ? <Loader size={16} aria-hidden /> : <IconFileExport size={18} aria-hidden />;
  const busyProps = job.busy ? { 'data-disabled': true, 'aria-disabled': true, 'aria-busy': true } : {};

  let control: ReactNode;
  if (choices.length === 1) {
    const only = choices[0]!;
    control = (
      <Group gap={4} wrap="nowrap">
        <Button
          size={size}
          variant={variant}
          leftSection={icon}
          disabled={disabled}
          {...busyProps}
          onClick={(e) => {
            e.preventDefault();
            if (!job.busy) void run(only);
          }}
        >
          {label}
        </Button>
        {otherFolder || fullBackup ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant={variant}
                size={size.startsWith('compact') ? size.replace('compact-', '') : `input-${size}`}
                disabled={disabled || job.busy}
                aria-label={t('exports.button.moreOptions', { label })}
              >
                <IconDotsVertical size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {fullBackup}
              {otherFolder}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
    );
  } else {
    control = (
      <Menu position="bottom-start" withinPortal disabled={job.busy || disabled}>
        <Menu.Target>
          <Button size={size} variant={variant} leftSection={icon} rightSection={<IconChevronDown size={16} aria-hidden />} disabled={disabled} {...busyProps}>
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {choices.some((c) => c.group) ? null : <Menu.Label>{t('exports.menu.language')}</Menu.Label>}
          {choices.map((c, i) => (
            <Fragment key={c.key}>
              {c.group && c.group !== choices[i - 1]?.group ? <Menu.Label>{c.group}</Menu.Label> : null}
              <Menu.Item onClick={() => void run(c)}>
                {c.label}
              </Menu.Item>
            </Fragment>
          ))}
          {otherFolder ? (
            <>
              <Menu.Divider />
              {otherFolder}
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    );
  }

  return (
    <Group gap="sm" wrap="wrap" align="center" display="inline-flex">
      {control}
      <ExportProgress job={job} kind={notifyKind} />
      {framed ? (
        <DocumentFrameModal
          opened={framing !== null}
          kind={kind === 'postTripReport' ? 'postTripReport' : 'briefing'}
          language={(framing?.choice.input.language as ExportLanguage | undefined) ?? 'vi'}
          {...(typeof props.input?.meetingId === 'string' ? { meetingId: props.input.meetingId } : {})}
          onClose={() => setFraming(null)}
          onSubmit={(frame) => {
            const pending = framing;
            setFraming(null);
            if (pending) void run(pending.choice, pending.folder, frame);
          }}
        />
      ) : null}
      <OtherFolderModal
        opened={folderOpen}
        onClose={() => setFolderOpen(false)}
        choices={choices.map(({ key, label: l }) => ({ key, label: l }))}
        defaultChoice={choices.find((c) => c.input.language === uiLang)?.key ?? choices[0]!.key}
        submitLabel={kind === 'backup' ? t('exports.folderModal.submitBackup') : undefined}
        onSubmit={(folder, key) => {
          setFolderOpen(false);
          const choice = choices.find((c) => c.key === key) ?? choices[0]!;
          void run(choice, folder);
        }}
      />
    </Group>
  );
}
