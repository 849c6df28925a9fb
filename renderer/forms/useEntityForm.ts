import { useForm, type UseFormReturnType } from '@mantine/form';
import { createElement, useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiCallError } from '../api';
import { errorMessage } from '../i18n/errors';
import { useLanguage } from '../i18n/useLanguage';
import { FieldIssueText } from './FieldIssueText';
import { emptyToNull, formPath, toFieldIssue } from './issues';

export interface EntityFormOptions<V extends Record<string, unknown>> {
  /** The contract's field schema (e.g. meetingFields, or meetingFields.superRefine(recordRules.meetings)). */
  schema: z.ZodType;
  /** Text fields as '' when empty (Mantine inputs), dates as 'YYYY-MM-DD' or null. */
  initialValues: V;
  /**
   * Saves. Receives the values with empty text as null, and the fields that differ from the
   * initial values (for an update's `changes`). Throw the ApiCallError to have it shown.
   */
  onSubmit: (values: V, info: { changed: Partial<V> }) => Promise<unknown>;
}

export interface EntityForm<V extends Record<string, unknown>> {
  form: UseFormReturnType<V>;
  submitting: boolean;
  /** A failure that belongs to no field, in the current language; null when none. */
  serverError: string | null;
  /** The last save lost to a newer version (CONFLICT): show <ConflictNotice>. Typed values are kept. */
  conflict: boolean;
  clearConflict: () => void;
  /** Validates, then calls onSubmit; resolves to true when it saved. */
  submit: () => Promise<boolean>;
  /** After a save or a reload: these values become the new clean state (not dirty). */
  reset: (values: V) => void;
}

/**
 * A Mantine form validated by the contract's zod schema (the same rules as the API), whose
 * save maps the API's answer back onto the form: VALIDATION issues next to their fields,
 * CONFLICT as a flag (the typed values stay), anything else as one message.
 */
export function useEntityForm<V extends Record<string, unknown>>({ schema, initialValues, onSubmit }: EntityFormOptions<V>): EntityForm<V> {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    // Checked on save, not on leaving a field: tabbing past an empty field (or a form just
    // reset for the next entry) must not light it up red. Errors clear as the user types.
    validate: (values) => {
      const clean = emptyToNull(values);
      const result = schema.safeParse(clean);
      if (result.success) return {};
      const errors: Record<string, ReactNode> = {};
      for (const issue of result.error.issues) {
        const fi = toFieldIssue(issue, clean);
        const key = formPath(fi.path);
        if (key && !(key in errors)) errors[key] = createElement(FieldIssueText, { issue: fi });
      }
      return errors;
    },
  });
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const busy = useRef(false);

  const submit = useCallback(async (): Promise<boolean> => {
    if (busy.current) return false;
    const check = form.validate();
    if (check.hasErrors) return false;
    const values = emptyToNull(form.getValues());
    const initial = emptyToNull(form.getInitialValues());
    const changed: Partial<V> = {};
    for (const key of Object.keys(values) as Array<keyof V>) {
      if (JSON.stringify(values[key]) !== JSON.stringify(initial[key])) changed[key] = values[key];
    }
    busy.current = true;
    setSubmitting(true);
    setFailure(null);
    try {
      await onSubmit(values, { changed });
      setConflict(false);
      return true;
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'CONFLICT') {
        setConflict(true);
      } else if (error instanceof ApiCallError && error.code === 'VALIDATION' && error.issues.length > 0) {
        const errors: Record<string, ReactNode> = {};
        for (const issue of error.issues) {
          const key = formPath(issue.path);
          if (key && !(key in errors)) errors[key] = createElement(FieldIssueText, { issue });
        }
        // An issue on a field the form does not show still needs to be seen.
        const shown = Object.keys(errors).some((k) => k in values);
        form.setErrors(errors);
        if (!shown) setFailure(error);
      } else {
        setFailure(error);
      }
      return false;
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }, [form, onSubmit]);

  const reset = useCallback(
    (values: V) => {
      form.setInitialValues(values);
      form.setValues(values);
      form.resetDirty(values);
      form.clearErrors();
    },
    [form],
  );

  return {
    form,
    submitting,
    serverError: failure ? errorMessage(failure, lang, t) : null,
    conflict,
    clearConflict: useCallback(() => setConflict(false), []),
    submit,
    reset,
  };
}
