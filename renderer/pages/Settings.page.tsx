import { ActionIcon, Code, Group, Paper, Stack, Table, Text, Title, Tooltip, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { LanguageSwitch } from '../components/LanguageSwitch/LanguageSwitch';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { BackupPanel, ExportLog } from '../components/exports';
import { ExchangeSection } from '../components/exchange/ExchangeSection';
import { DayZoneSection } from '../components/settings/DayZoneSection';
import { DocumentsSection } from '../components/settings/DocumentsSection';
import { ExportFolderSection } from '../components/settings/ExportFolderForm';
import { IntegritySection } from '../components/settings/IntegritySection';
import { SampleDataSection } from '../components/settings/SampleDataSection';
import { ThisLaptopSection } from '../components/settings/ThisLaptopSection';
import { TimelineTemplateSection } from '../components/settings/TimelineTemplateSection';

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={description ? 4 : 'sm'}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="gray.7" mb="md">
          {description}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});

  let dataFile: ReactNode;
  let about: ReactNode;
  if (info.error) {
    dataFile = <ErrorState error={info.error} onRetry={info.refetch} />;
    about = dataFile;
  } else if (!info.data) {
    dataFile = <LoadingState rows={1} height={32} />;
    about = <LoadingState rows={4} height={24} />;
  } else {
    const d = info.data;
    dataFile = (
      <Group gap="xs" wrap="nowrap" align="center" data-testid="data-file">
        <Text size="sm" fw={600} id="data-file-label" style={{ whiteSpace: 'nowrap' }}>
          {t('settingsPage.data.dataFile')}
        </Text>
        <Code style={{ wordBreak: 'break-all', flex: 1 }} aria-labelledby="data-file-label" py={6}>
          {d.dataFile}
        </Code>
        <CopyButton value={d.dataFile} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('settingsPage.data.copied') : t('settingsPage.data.copy')} withArrow>
              <ActionIcon variant="default" size="lg" onClick={copy} aria-label={copied ? t('settingsPage.data.copied') : t('settingsPage.data.copy')} data-testid="copy-data-file">
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    );
    const rows: Array<[string, ReactNode]> = [
      [t('settings.about.appVersion'), d.appVersion],
      [t('settings.about.schemaVersion'), d.schemaVersion],
      [t('settings.about.referenceVersion'), d.referenceVersion ?? t('settings.about.notLoaded')],
      [t('settings.about.sampleVersion'), d.sampleVersion ?? t('settings.about.notLoaded')],
      [t('settings.about.deviceId'), <Code>{d.deviceId}</Code>],
    ];
    about = (
      <Table variant="vertical" layout="fixed" withTableBorder data-testid="app-info">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={240} scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="lg" maw={860}>
        <Section id="settings-language" title={t('settings.language.title')} description={t('settings.language.description')}>
          <LanguageSwitch size="sm" aria-label={t('settings.language.title')} />
        </Section>
        <Section id="settings-laptop" title={t('settingsPage.laptop.title')} description={t('settingsPage.laptop.description')}>
          <ThisLaptopSection />
        </Section>
        <Section id="settings-exchange" title={t('exchange.title')} description={t('exchange.description')}>
          <ExchangeSection />
        </Section>
        <Section id="settings-day" title={t('settingsPage.day.title')} description={t('settingsPage.day.description')}>
          <DayZoneSection />
        </Section>
        <Section id="settings-data" title={t('settingsPage.data.title')} description={t('settingsPage.data.description')}>
          {dataFile}
        </Section>
        <Section id="settings-timeline" title={t('trip.template.title')} description={t('trip.template.description')}>
          <TimelineTemplateSection />
        </Section>
        <Section id="settings-export" title={t('settingsPage.export.title')} description={t('settingsPage.export.description')}>
          <ExportFolderSection />
        </Section>
        <Section id="settings-documents" title={t('settingsPage.documents.title')} description={t('settingsPage.documents.description')}>
          <DocumentsSection />
        </Section>
        <Section id="settings-backup" title={t('exports.backup.panelTitle')} description={t('exports.backup.panelDescription')}>
          <BackupPanel />
        </Section>
        <Section id="settings-integrity" title={t('settingsPage.integrity.title')} description={t('settingsPage.integrity.description')}>
          <IntegritySection />
        </Section>
        <Section id="settings-exports" title={t('exports.log.title')}>
          <ExportLog />
        </Section>
        <Section id="settings-sample" title={t('settings.sample.title')} description={t('settings.sample.description')}>
          <SampleDataSection sampleVersion={info.data?.sampleVersion} />
        </Section>
        <Section id="settings-about" title={t('settings.about.title')}>
          {about}
        </Section>
      </Stack>
    </>
  );
}
