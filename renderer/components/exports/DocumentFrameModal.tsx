// The short form a document is exported with: its number and symbol, whom it is addressed to,
// who signs it and who receives copies (Decree 30/2020, Appendix I), proposed from this laptop's
// defaults (Settings › Documents). The number may stay blank: the clerk writes it in.
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_NUMBER, DOCUMENT_SYMBOL, type DocumentFrame, type ExportLanguage, type FramedDocument } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';

/** One line of a list a line; blank lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

export interface DocumentFrameModalProps {
  opened: boolean;
  kind: FramedDocument;
  language: ExportLanguage;
  /** The post-trip report's meeting: its head of delegation is proposed as the signer. */
  meetingId?: string;
  onClose: () => void;
  onSubmit: (frame: DocumentFrame) => void;
}

export function DocumentFrameModal({ opened, kind, language, meetingId, onClose, onSubmit }: DocumentFrameModalProps) {
  const { t } = useTranslation();
  const defaults = useApiQuery('settings.documentFrame', { kind, language, ...(kind === 'postTripReport' && meetingId ? { meetingId } : {}) }, { enabled: opened });
  const title = t('exports.frame.title', { document: t(`exports.frame.documents.${kind}`) });
  let body;
  if (defaults.error) body = <ErrorState error={defaults.error} onRetry={defaults.refetch} />;
  else if (!defaults.data) body = <LoadingState rows={4} height={32} />;
  // Made again from the defaults each time it opens.
  else body = <FrameForm key={JSON.stringify(defaults.data)} defaults={defaults.data} language={language} onCancel={onClose} onSubmit={onSubmit} />;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered closeButtonProps={{ 'aria-label': t('exports.frame.cancel') }}>
      {opened ? body : null}
    </Modal>
  );
}

function FrameForm({ defaults, language, onCancel, onSubmit }: { defaults: DocumentFrame; language: ExportLanguage; onCancel: () => void; onSubmit: (frame: DocumentFrame) => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(defaults.number);
  const [symbol, setSymbol] = useState(defaults.symbol);
  const [recipients, setRecipients] = useState(defaults.recipients.join('\n'));
  const [signerAuthority, setSignerAuthority] = useState(defaults.signerAuthority);
  const [signerTitle, setSignerTitle] = useState(defaults.signerTitle);
  const [signerName, setSignerName] = useState(defaults.signerName);
  const [copiesTo, setCopiesTo] = useState(defaults.copiesTo.join('\n'));
  const [checked, setChecked] = useState(false);

  const numberError = DOCUMENT_NUMBER.test(number.trim()) ? null : t('errors.fields.doc_number');
  const symbolError = !symbol.trim() ? t('errors.fields.required') : DOCUMENT_SYMBOL.test(symbol.trim()) ? null : t('errors.fields.doc_symbol');
  const lang = language === 'vi' ? 'vi' : 'en';

  return (
    <form
      noValidate
      data-testid="document-frame-form"
      onSubmit={(e) => {
        e.preventDefault();
        setChecked(true);
        if (numberError || symbolError) return;
        onSubmit({
          number: number.trim(),
          symbol: symbol.trim(),
          recipients: linesOf(recipients),
          signerAuthority: signerAuthority.trim(),
          signerTitle: signerTitle.trim(),
          signerName: signerName.trim(),
          copiesTo: linesOf(copiesTo),
        });
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('exports.frame.description')}
        </Text>
        <Text size="sm" fw={600}>
          {t(`exports.menu.${lang}`)}
        </Text>
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={t('exports.frame.number')}
            description={t('exports.frame.numberHint')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={checked ? numberError : null}
            maxLength={6}
            inputMode="numeric"
            w={190}
            data-autofocus
          />
          <TextInput
            label={t('exports.frame.symbol')}
            description={t('exports.frame.symbolHint')}
            value={symbol}
            onChange={(e) => setSymbol(e.currentTarget.value)}
            error={checked ? symbolError : null}
            maxLength={40}
            required
            style={{ flex: 1 }}
          />
        </Group>
        <Textarea label={t('exports.frame.recipients')} description={t('exports.frame.recipientsHint')} value={recipients} onChange={(e) => setRecipients(e.currentTarget.value)} autosize minRows={2} maxRows={5} lang={lang} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('exports.frame.signerAuthority')} description={t('exports.frame.signerAuthorityHint')} value={signerAuthority} onChange={(e) => setSignerAuthority(e.currentTarget.value)} maxLength={120} lang={lang} />
          <TextInput label={t('exports.frame.signerTitle')} value={signerTitle} onChange={(e) => setSignerTitle(e.currentTarget.value)} maxLength={120} lang={lang} />
        </SimpleGrid>
        <TextInput label={t('exports.frame.signerName')} description={t('exports.frame.signerNameHint')} value={signerName} onChange={(e) => setSignerName(e.currentTarget.value)} maxLength={120} lang="vi" />
        <Textarea label={t('exports.frame.copiesTo')} description={t('exports.frame.copiesToHint')} value={copiesTo} onChange={(e) => setCopiesTo(e.currentTarget.value)} autosize minRows={2} maxRows={6} lang={lang} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('exports.frame.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconFileExport size={18} aria-hidden />}>
            {t('exports.frame.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
