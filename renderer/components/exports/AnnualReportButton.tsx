// The annual report asks for its year: a small dialog with the year (proposed from the office
// day: last year in January–March, when last year's report is written, this year otherwise) and
// the file's language, then the document's frame (DocumentFrameModal). The result names the year.
import { pickerFilter } from '../../forms/pickerFilter';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconFileExport, IconFileReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthOf, yearOf } from '../../../common/clock';
import type { DocumentFrame, ExportLanguage } from '../../../electron/contract';
import { useToday } from '../../clock';
import { useLanguage } from '../../i18n/useLanguage';
import { DocumentFrameModal } from './DocumentFrameModal';
import { ExportProgress, notifyOutcome } from './ExportFeedback';
import { useExportJob } from './useExportJob';

/** The year whose report is due: last year in January–March, this year otherwise. */
export function proposedReportYear(today: string): number {
  return monthOf(today) <= 3 ? yearOf(today) - 1 : yearOf(today);
}

/** The years offered: next year back to 2000 (the desk holds the office's history). */
export function reportYears(today: string): number[] {
  const last = yearOf(today) + 1;
  return Array.from({ length: last - 2000 + 1 }, (_, i) => last - i);
}

export function AnnualReportButton({ variant = 'default' }: { variant?: 'default' | 'light' | 'filled' }) {
  const { t } = useTranslation();
  const [uiLang] = useLanguage();
  const today = useToday();
  const job = useExportJob();
  const [opened, setOpened] = useState(false);
  const [year, setYear] = useState<string>(String(proposedReportYear(today)));
  const [language, setLanguage] = useState<ExportLanguage>(uiLang === 'en' ? 'en' : 'vi');

  const open = () => {
    setYear(String(proposedReportYear(today)));
    setLanguage(uiLang === 'en' ? 'en' : 'vi');
    setOpened(true);
  };
  // Then the document's frame: number and symbol, addressees, signer, copies (this laptop's defaults proposed).
  const [framing, setFraming] = useState(false);
  const run = async (frame: DocumentFrame) => {
    const chosen = Number(year);
    setFraming(false);
    const settled = await job.start('exports.annualReport', { year: chosen, language, frame });
    notifyOutcome(settled, 'export', { year: chosen });
    job.reset();
  };
  const busyProps = job.busy ? { 'data-disabled': true, 'aria-disabled': true, 'aria-busy': true } : {};

  return (
    <Group gap="sm" wrap="wrap" align="center" display="inline-flex">
      <Button variant={variant} leftSection={<IconFileReport size={18} aria-hidden />} {...busyProps} onClick={() => !job.busy && open()}>
        {t('exports.annual.button')}
      </Button>
      <ExportProgress job={job} />
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('exports.annual.title')} centered closeButtonProps={{ 'aria-label': t('exports.folderModal.cancel') }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setOpened(false);
            setFraming(true);
          }}
        >
          <Stack gap="md">
            <Select
              label={t('exports.annual.year')}
              description={t('exports.annual.yearHint')}
              data={reportYears(today).map(String)}
              value={year}
              onChange={(v) => v && setYear(v)}
              allowDeselect={false}
              searchable
              filter={pickerFilter}
              w={200}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="annual-report-language">
                {t('exports.menu.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="annual-report-language"
                value={language}
                onChange={(v) => setLanguage(v as ExportLanguage)}
                data={[
                  { value: 'vi', label: t('exports.menu.vi') },
                  { value: 'en', label: t('exports.menu.en') },
                ]}
              />
            </Stack>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('exports.folderModal.cancel')}
              </Button>
              <Button type="submit" leftSection={<IconFileExport size={18} aria-hidden />} data-autofocus>
                {t('exports.annual.submit', { year })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <DocumentFrameModal opened={framing} kind="annualReport" language={language} onClose={() => setFraming(false)} onSubmit={(frame) => void run(frame)} />
    </Group>
  );
}
