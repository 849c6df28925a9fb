import { Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { LanguageSwitch } from '../components/LanguageSwitch/LanguageSwitch';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { SampleDataButton } from '../components/SampleDataButton/SampleDataButton';

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={description ? 4 : 'sm'}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
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

  let about: ReactNode;
  if (info.error) about = <ErrorState error={info.error} onRetry={info.refetch} />;
  else if (!info.data) about = <LoadingState rows={4} height={24} />;
  else {
    const d = info.data;
    const rows: Array<[string, ReactNode]> = [
      [t('settings.about.appVersion'), d.appVersion],
      [t('settings.about.schemaVersion'), d.schemaVersion],
      [t('settings.about.dataFile'), <Code style={{ wordBreak: 'break-all' }}>{d.dataFile}</Code>],
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
        <Section id="settings-about" title={t('settings.about.title')}>
          {about}
        </Section>
        <Section id="settings-sample" title={t('settings.sample.title')} description={t('settings.sample.description')}>
          <SampleDataButton variant="light" onLoaded={info.refetch} />
        </Section>
      </Stack>
    </>
  );
}
