// "Save to another folder…": one export written somewhere else than the export folder of
// Settings (a USB stick before a trip, a colleague's share). The desktop app offers its folder
// dialog beside the field; the browser mode takes a typed path.
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pathProblem, type PathProblem } from '../../../common/paths';
import { useBrowse } from '../BrowseButton/BrowseButton';

/** Checks a folder path the way the server will (common/paths). */
export const folderPathProblem = pathProblem;
export type { PathProblem };

/** The folder typed last in this session: several exports often go to the same stick. */
let lastFolder = '';

export interface FolderChoice {
  key: string;
  label: string;
}

export function OtherFolderModal({
  opened,
  onClose,
  title,
  choices,
  defaultChoice,
  submitLabel,
  onSubmit,
}: {
  opened: boolean;
  onClose: () => void;
  title?: string;
  /** What to export, when there is a choice (language, list). */
  choices: FolderChoice[];
  defaultChoice: string;
  submitLabel?: string;
  onSubmit: (folder: string, choice: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title ?? t('exports.folderModal.title')} size="lg" centered>
      {opened ? <FolderForm choices={choices} defaultChoice={defaultChoice} submitLabel={submitLabel} onClose={onClose} onSubmit={onSubmit} /> : null}
    </Modal>
  );
}

function FolderForm({
  choices,
  defaultChoice,
  submitLabel,
  onClose,
  onSubmit,
}: {
  choices: FolderChoice[];
  defaultChoice: string;
  submitLabel: string | undefined;
  onClose: () => void;
  onSubmit: (folder: string, choice: string) => void;
}) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(lastFolder);
  const [choice, setChoice] = useState(defaultChoice);
  const [problem, setProblem] = useState<PathProblem | null>(null);
  const browse = useBrowse({
    kind: 'folder',
    current: folder,
    onChosen: (path) => {
      setFolder(path);
      setProblem(null);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = folderPathProblem(folder);
    setProblem(p);
    if (p) return;
    lastFolder = folder.trim();
    onSubmit(folder.trim(), choice);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          {t('exports.folderModal.description')}
        </Text>
        {choices.length > 1 ? (
          <Radio.Group label={t('exports.folderModal.choice')} value={choice} onChange={setChoice}>
            <Stack gap={6} mt={6}>
              {choices.map((c) => (
                <Radio key={c.key} value={c.key} label={c.label} />
              ))}
            </Stack>
          </Radio.Group>
        ) : null}
        <TextInput
          data-autofocus
          label={t('exports.folderModal.path')}
          description={t('exports.folderModal.pathHint')}
          leftSection={<IconFolder size={16} aria-hidden />}
          value={folder}
          onChange={(e) => {
            setFolder(e.currentTarget.value);
            if (problem) setProblem(null);
          }}
          error={problem ? t(`exports.folderModal.${problem}`) : undefined}
          inputContainer={browse}
          spellCheck={false}
          autoComplete="off"
          ff="monospace"
          required
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('exports.folderModal.cancel')}
          </Button>
          <Button type="submit">{submitLabel ?? t('exports.folderModal.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
