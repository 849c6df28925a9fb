import { Grid, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DateField } from '../../forms';

// The fields every directory form ends with: its dates, half a row each, and its notes.

type Form<V extends Record<string, unknown>> = UseFormReturnType<V>;

export function DateCol<V extends Record<string, unknown>>({ form, field, label, withAsterisk }: { form: Form<V>; field: keyof V & string; label: string; withAsterisk?: boolean }) {
  return (
    <Grid.Col span={{ base: 12, sm: 6 }}>
      <DateField label={label} withAsterisk={withAsterisk} {...form.getInputProps(field)} value={form.getValues()[field] as string | null} />
    </Grid.Col>
  );
}

export function NotesCol<V extends Record<string, unknown>>({ form, label }: { form: Form<V>; label: string }) {
  return (
    <Grid.Col span={12}>
      <Textarea label={label} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
    </Grid.Col>
  );
}
