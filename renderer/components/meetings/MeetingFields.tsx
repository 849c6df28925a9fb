import { Grid, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMATS, MEETING_STATUSES, type Body, type MeetingFormat, type MeetingStatus } from '../../../electron/contract';
import { DateField, EntitySelect } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import type { MeetingValues } from './meetingForm';

export const bodyLabel = (b: Pick<Body, 'code' | 'nameVi' | 'nameEn'>, lang: string) => `${b.code} — ${lang === 'en' ? b.nameEn : b.nameVi}`;

/** The inputs of a meeting's particulars, laid out in a grid; used to create and to edit. */
export function MeetingFields({
  form,
  onBodyChange,
  onSequenceChange,
  sequenceDescription,
  withBody = true,
  withParent = true,
  excludeParentId,
}: {
  form: UseFormReturnType<MeetingValues>;
  onBodyChange?: (body: Body | null) => void;
  /** After the number changes (a new meeting's proposed titles follow it). */
  onSequenceChange?: (value: number | string) => void;
  sequenceDescription?: ReactNode;
  withBody?: boolean;
  withParent?: boolean;
  /** A meeting cannot be held alongside itself. */
  excludeParentId?: string;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const values = form.getValues();
  return (
    <Grid gap="md">
      {withBody ? (
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <EntitySelect
            method="bodies"
            label={t('meetingPage.form.body')}
            description={t('meetingPage.form.bodyHint')}
            withAsterisk
            value={values.bodyId}
            getLabel={(b) => bodyLabel(b, lang)}
            {...form.getInputProps('bodyId')}
            onChange={(id, item) => {
              form.setFieldValue('bodyId', id);
              onBodyChange?.(item);
            }}
            data-autofocus
          />
        </Grid.Col>
      ) : null}
      <Grid.Col span={{ base: 12, sm: withBody ? 4 : 3 }}>
        <NumberInput
          label={t('meetingPage.form.sequence')}
          description={sequenceDescription}
          min={1}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('sequence')}
          onChange={(v) => {
            form.setFieldValue('sequence', v);
            onSequenceChange?.(v);
          }}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={t('meetingPage.form.titleVi')} withAsterisk lang="vi" {...form.getInputProps('titleVi')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={t('meetingPage.form.titleEn')} withAsterisk lang="en" {...form.getInputProps('titleEn')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateField label={t('meetingPage.form.startDate')} withAsterisk {...form.getInputProps('startDate')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateField label={t('meetingPage.form.endDate')} withAsterisk {...form.getInputProps('endDate')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label={t('meetingPage.form.city')} {...form.getInputProps('city')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <EntitySelect
          method="countries"
          label={t('meetingPage.form.hostCountry')}
          getLabel={(c) => (lang === 'en' ? c.nameEn : c.nameVi)}
          {...form.getInputProps('hostCountryId')}
          value={values.hostCountryId}
          onChange={(id) => form.setFieldValue('hostCountryId', id)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('meetingPage.form.format')}
          data={MEETING_FORMATS.map((f) => ({ value: f, label: t(`meetings.format.${f}`) }))}
          allowDeselect={false}
          {...form.getInputProps('format')}
          onChange={(v) => v && form.setFieldValue('format', v as MeetingFormat)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('meetingPage.form.status')}
          data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
          onChange={(v) => v && form.setFieldValue('status', v as MeetingStatus)}
        />
      </Grid.Col>
      {withParent ? (
        <Grid.Col span={12}>
          <EntitySelect
            method="meetings"
            label={t('meetingPage.form.parent')}
            description={t('meetingPage.form.parentHint')}
            filter={{ parentId: null }}
            getLabel={(m) => (lang === 'en' ? m.titleEn : m.titleVi)}
            {...form.getInputProps('parentId')}
            value={values.parentId}
            onChange={(id) => form.setFieldValue('parentId', id && id !== excludeParentId ? id : null)}
          />
        </Grid.Col>
      ) : null}
      <Grid.Col span={12}>
        <Textarea label={t('meetingPage.form.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Textarea label={t('trip.english.outcomes')} autosize minRows={2} maxRows={10} {...form.getInputProps('outcomes')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Textarea label={t('trip.english.outcomesEn')} autosize minRows={2} maxRows={10} {...form.getInputProps('outcomesEn')} />
      </Grid.Col>
    </Grid>
  );
}
