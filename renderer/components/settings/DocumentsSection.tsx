import { Alert, Button, Group, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICE_ABBREVIATION, type DocumentDefaults, type DocumentDefaultsAnswer } from '../../../electron/contract';
import { useApiMutation, useApiQuery, useCacheAnswer } from '../../api';
import { useUnsavedChangesGuard } from '../../forms';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { Live } from '../directory/Live';
import { linesOf } from '../exports/DocumentFrameModal';

/**
 * Settings › Documents: the defaults of the documents' frame (the office's abbreviation in the
 * symbols, the signer, "Kính gửi" and "Nơi nhận" in each language). Kept on this laptop; the
 * export form proposes them and each export can change them.
 */
export function DocumentsSection() {
  const defaults = useApiQuery('settings.documents', {});
  if (defaults.error) return <ErrorState error={defaults.error} onRetry={defaults.refetch} />;
  if (!defaults.data) return <LoadingState rows={4} height={32} />;
  return <DocumentsForm key={JSON.stringify(defaults.data)} saved={defaults.data} />;
}

interface Words {
  recipients: string;
  signerAuthority: string;
  signerTitle: string;
  copiesTo: string;
}
const wordsOf = (w: DocumentDefaults['vi']): Words => ({ recipients: w.recipients.join('\n'), signerAuthority: w.signerAuthority, signerTitle: w.signerTitle, copiesTo: w.copiesTo.join('\n') });
const parsedWords = (w: Words): DocumentDefaults['vi'] => ({ recipients: linesOf(w.recipients), signerAuthority: w.signerAuthority.trim(), signerTitle: w.signerTitle.trim(), copiesTo: linesOf(w.copiesTo) });

function DocumentsForm({ saved }: { saved: DocumentDefaultsAnswer }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const answer = useCacheAnswer();
  const { run, isPending } = useApiMutation('settings.updateDocuments');
  const [abbreviation, setAbbreviation] = useState(saved.abbreviation);
  const [signerName, setSignerName] = useState(saved.signerName);
  const [words, setWords] = useState({ vi: wordsOf(saved.vi), en: wordsOf(saved.en) });
  const [failure, setFailure] = useState<unknown>(null);
  const next: DocumentDefaults = { abbreviation: abbreviation.trim(), signerName: signerName.trim(), vi: parsedWords(words.vi), en: parsedWords(words.en) };
  const { derivedAbbreviation: _derived, ...before } = saved;
  const dirty = JSON.stringify(next) !== JSON.stringify(before);
  const guard = useUnsavedChangesGuard(dirty);
  const abbreviationError = next.abbreviation && !OFFICE_ABBREVIATION.test(next.abbreviation) ? t('errors.fields.office_abbreviation') : null;
  const set = (language: 'vi' | 'en', field: keyof Words, value: string) => setWords((w) => ({ ...w, [language]: { ...w[language], [field]: value } }));

  const save = async () => {
    setFailure(null);
    if (abbreviationError) return;
    try {
      answer('settings.documents', {}, await run(next));
      notifications.show({ color: 'teal', message: <Live render={(tr) => tr('settingsPage.documents.saved')} /> });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="documents-defaults-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('settingsPage.documents.abbreviation')}
            description={t('settingsPage.documents.abbreviationHint', { abbreviation: next.abbreviation || saved.derivedAbbreviation })}
            placeholder={saved.derivedAbbreviation}
            value={abbreviation}
            maxLength={30}
            error={abbreviationError}
            onChange={(e) => setAbbreviation(e.currentTarget.value)}
          />
          <TextInput label={t('settingsPage.documents.signerName')} value={signerName} maxLength={120} lang="vi" onChange={(e) => setSignerName(e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {(['vi', 'en'] as const).map((language) => (
            <Stack gap="xs" key={language} role="group" aria-labelledby={`documents-${language}`}>
              <Title order={3} size="h6" id={`documents-${language}`}>
                {t(`settingsPage.documents.${language}`)}
              </Title>
              <Textarea label={t('settingsPage.documents.recipients')} value={words[language].recipients} autosize minRows={2} maxRows={5} lang={language} onChange={(e) => set(language, 'recipients', e.currentTarget.value)} />
              <TextInput label={t('settingsPage.documents.signerAuthority')} value={words[language].signerAuthority} maxLength={120} lang={language} onChange={(e) => set(language, 'signerAuthority', e.currentTarget.value)} />
              <TextInput label={t('settingsPage.documents.signerTitle')} value={words[language].signerTitle} maxLength={120} lang={language} onChange={(e) => set(language, 'signerTitle', e.currentTarget.value)} />
              <Textarea label={t('settingsPage.documents.copiesTo')} value={words[language].copiesTo} autosize minRows={2} maxRows={6} lang={language} onChange={(e) => set(language, 'copiesTo', e.currentTarget.value)} />
            </Stack>
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isPending} disabled={!dirty}>
            {t('settingsPage.documents.save')}
          </Button>
        </Group>
        {failure ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure, lang, t)}
          </Alert>
        ) : null}
      </Stack>
      {guard.modal}
    </form>
  );
}
