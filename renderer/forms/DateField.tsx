import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { isIsoDay, readDateText, type DateText } from './dateText';

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'valueFormat' | 'dateParser' | 'fixOnBlur'> {
  /** 'YYYY-MM-DD', or null when empty; any other string is text typed that is not a date. */
  value?: string | null;
  /**
   * 'YYYY-MM-DD' or null (emptied). Text that is not a date is passed on as it was typed, so
   * a form's schema refuses it and nothing is saved; callers outside a form check isIsoDay().
   */
  onChange: (value: string | null) => void;
  /** Say under the label how dates may be typed (default); a compact filter bar leaves it out. */
  withRule?: boolean;
}

type Problem = Extract<DateText, { kind: 'impossible' | 'unreadable' }>;

const problemOf = (text: string): Problem | null => {
  const r = readDateText(text);
  return r.kind === 'impossible' || r.kind === 'unreadable' ? r : null;
};

/** The parser Mantine calls as the text changes: a date, or null (the value is then left to us). */
function parseTyped(text: string): string | null {
  const r = readDateText(text);
  return r.kind === 'date' ? r.iso : null;
}

/** What is wrong with the typed text, in the current language (a render, so it follows a switch). */
function ProblemText({ problem, text }: { problem: Problem; text: string }) {
  const { t } = useTranslation();
  if (problem.kind === 'unreadable') return <>{t('forms.date.unreadable', { text: text.trim() })}</>;
  if (problem.daysInMonth === null) return <>{t('forms.date.noSuchMonth', { text: text.trim(), month: problem.month })}</>;
  const monthName = (t('forms.date.monthNames', { returnObjects: true }) as string[])[problem.month - 1] ?? String(problem.month);
  return <>{t('forms.date.impossible', { text: text.trim(), monthName, year: problem.year, days: problem.daysInMonth })}</>;
}

/**
 * A date input bound to a calendar date string ('YYYY-MM-DD' or null), shown as DD/MM/YYYY and
 * typed as the office writes dates (dateText.ts: 28/07/2024, 28.07.2024, 28-07-2024, 28/07/24,
 * 2024-07-28), with the calendar in the current language. Clearable. What was typed is never
 * cleared: text that is not a date stays in the field with the reason beside it.
 */
export function DateField({ value, onChange, clearable = true, description, error, onBlur, withRule = true, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [typed, setTyped] = useState<{ text: string; problem: Problem | null } | null>(null);
  const problem = typed?.problem ?? null;
  const input = useRef<HTMLInputElement>(null);

  // Mantine writes the field's text again when the calendar's language changes, which would
  // empty a text that is not a date: put the officer's text back.
  const kept = useRef(typed);
  useEffect(() => {
    kept.current = typed;
  }, [typed]);
  useEffect(() => {
    const restore = setTimeout(() => {
      const el = input.current;
      const text = kept.current?.problem ? kept.current.text : null;
      if (!el || text === null || el.value === text) return;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, 0);
    return () => clearTimeout(restore);
  }, [lang]);

  const onInput = (event: FormEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    const found = problemOf(text);
    setTyped({ text, problem: found });
    // A date or an empty field reaches the form through Mantine's onChange; text that is not a
    // date replaces the value too, so an earlier date is not saved in its place.
    if (found) onChange(text);
  };

  const rule: ReactNode = withRule ? t('forms.date.rule') : null;
  const shownDescription: ReactNode = !rule ? description : description ? (
    <>
      {description}
      <br />
      {rule}
    </>
  ) : (
    rule
  );

  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      <DateInput
        placeholder={t('forms.date.placeholder')}
        leftSection={<IconCalendar size={16} aria-hidden />}
        clearable={clearable}
        clearButtonProps={{ 'aria-label': t('forms.date.clear') }}
        popoverProps={{ withinPortal: true }}
        {...props}
        ref={input}
        description={shownDescription}
        error={problem ? <ProblemText problem={problem} text={typed?.text ?? ''} /> : error}
        onInput={onInput}
        onBlur={onBlur}
        value={isIsoDay(value) ? value : null}
        onChange={(v) => {
          setTyped(null);
          onChange(v ? v.slice(0, 10) : null);
        }}
        valueFormat="DD/MM/YYYY"
        dateParser={parseTyped}
        // A date is shown again as dd/mm/yyyy on leaving the field; text that is not one stays.
        fixOnBlur={problem === null}
      />
    </DatesProvider>
  );
}
