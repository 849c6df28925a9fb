import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import type { z } from 'zod';
import type { Input, Output } from '../../../electron/contract';
import { useApi } from '../../api';
import { useConflictReload, useDuplicateConfirm, useEntityForm, type EntityForm } from '../../forms';
import type { Language } from '../../i18n';
import { Live } from './Live';

/** The directory's records edited in a FormModal; each is also the name of its i18n section. */
export type DirectoryPrefix = 'agencies' | 'people' | 'legalBases';
type RecordOf<P extends DirectoryPrefix> = Output<`${P}.get`>;

export interface RecordFormOptions<P extends DirectoryPrefix, V extends Record<string, unknown>> {
  prefix: P;
  /** null: a new record. */
  record: RecordOf<P> | null;
  schema: z.ZodType;
  valuesOf: (record: RecordOf<P> | null) => V;
  /** How the notifications name the saved record. */
  nameOf: (record: RecordOf<P>, lang: Language) => string;
  /** A check of the screen's own before saving; false stops the save (it sets the field's error). */
  check?: (values: V) => boolean;
  /** The create's input from the form's values (default: the values as they are). */
  toCreate?: (values: V) => Input<`${P}.create`>;
  onClose: () => void;
  onSaved: (saved: RecordOf<P>) => void;
}

/**
 * A directory record's create/edit form: saves (nothing changed closes; an update sends only
 * the changes, with the version it was read at), says so in the user's language, and on a
 * conflict reloads the latest version keeping what was typed. Gives FormModal's props.
 */
export function useRecordForm<P extends DirectoryPrefix, V extends Record<string, unknown>>(options: RecordFormOptions<P, V>) {
  const { prefix, record, schema, valuesOf, nameOf, check, toCreate, onClose, onSaved } = options;
  const api = useApi();
  const version = useRef(record?.version ?? 0);
  // The three prefixes take the same inputs ({id, version, changes}, {id}); their outputs are the record.
  const call = api.call as (method: string, input: unknown) => Promise<RecordOf<P>>;
  const duplicates = useDuplicateConfirm();

  const entityForm: EntityForm<V> = useEntityForm<V>({
    schema,
    initialValues: valuesOf(record),
    onSubmit: async (values, { changed }) => {
      if (check && !check(values)) return;
      if (record && Object.keys(changed).length === 0) {
        onClose();
        return;
      }
      // A person who repeats an existing one is saved only if the officer confirms it is another.
      const intent = (intended: boolean) => (intended ? { duplicateIntended: true } : {});
      const saved = await duplicates.confirmed((intended) =>
        record
          ? call(`${prefix}.update`, { id: record.id, version: version.current, changes: changed, ...intent(intended) })
          : call(`${prefix}.create`, { ...(toCreate ? toCreate(values) : values), ...intent(intended) }),
      );
      const message = `directory.${prefix}.${record ? 'saved' : 'created'}` as `directory.${DirectoryPrefix}.${'saved' | 'created'}`;
      notifications.show({ color: 'teal', message: <Live render={(t, lng) => t(message, { name: nameOf(saved, lng) })} /> });
      entityForm.reset(valuesOf(saved));
      onSaved(saved);
    },
  });
  const { form } = entityForm;

  // A conflict only arises on an update, so the record is there.
  const { reload, reloading } = useConflictReload(
    () => call(`${prefix}.get`, { id: record!.id }),
    (latest) => {
      const typed = form.getValues();
      version.current = latest.version;
      entityForm.reset(valuesOf(latest));
      form.setValues(typed);
      entityForm.clearConflict();
    },
  );

  return { opened: true, entityForm, onClose, onReload: () => void reload(), reloading, duplicateModal: duplicates.modal };
}
