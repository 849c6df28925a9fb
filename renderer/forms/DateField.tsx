import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseDate } from '../format';
import { useLanguage } from '../i18n/useLanguage';

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'valueFormat' | 'dateParser'> {
  /** 'YYYY-MM-DD', or null when empty. */
  value?: string | null;
  onChange: (value: string | null) => void;
}

/** Typed text as the secretariat writes dates (dd/mm/yyyy; also 1/2/2026), or the ISO form. */
function parseTyped(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  return parseDate(trimmed);
}

/**
 * A date input bound to a calendar date string ('YYYY-MM-DD' or null), shown and typed as
 * DD/MM/YYYY, with the calendar in the current language. Clearable.
 */
export function DateField({ value, onChange, clearable = true, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      <DateInput
        placeholder={t('forms.date.placeholder')}
        leftSection={<IconCalendar size={16} aria-hidden />}
        clearable={clearable}
        clearButtonProps={{ 'aria-label': t('forms.date.clear') }}
        popoverProps={{ withinPortal: true }}
        {...props}
        value={value ?? null}
        onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
        valueFormat="DD/MM/YYYY"
        dateParser={parseTyped}
      />
    </DatesProvider>
  );
}
