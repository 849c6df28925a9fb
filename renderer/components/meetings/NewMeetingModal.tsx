import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, Meeting } from '../../../electron/contract';
import { useApi } from '../../api';
import { useDuplicateConfirm, useEntityForm, useUnsavedChangesGuard } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { MeetingFields } from './MeetingFields';
import { proposedTitles } from '../../../common/meetingTitles';
import { useToday } from '../../clock';
import { emptyMeetingValues, meetingSchema, renumberTitle, type MeetingValues } from './meetingForm';

/**
 * Creates a meeting. Choosing the body proposes the next sequence number ("ASOEN 36" after 35)
 * and titles numbered like the body's previous meeting; a related meeting starts from its main
 * meeting's dates and place.
 */
export function NewMeetingModal({ opened, onClose, parent, onCreated }: { opened: boolean; onClose: () => void; parent?: Meeting | null; onCreated: (m: Meeting) => void }) {
  return opened ? <NewMeetingForm onClose={onClose} parent={parent ?? null} onCreated={onCreated} /> : null;
}

function NewMeetingForm({ onClose, parent, onCreated }: { onClose: () => void; parent: Meeting | null; onCreated: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const duplicates = useDuplicateConfirm();
  const [proposal, setProposal] = useState<{ n: number; prev: number | null } | null>(null);
  // The titles last proposed: replaced when the body changes, unless the user edited them.
  const proposed = useRef<{ vi: string; en: string }>({ vi: '', en: '' });

  const today = useToday();
  const { form, submit, submitting, serverError } = useEntityForm<MeetingValues>({
    schema: meetingSchema,
    initialValues: emptyMeetingValues(parent, today),
    onSubmit: async (values) => {
      // A second meeting of the body with the same number is saved only if the officer confirms.
      const created = await duplicates.confirmed((intended) =>
        api.call('meetings.create', {
          ...values,
          bodyId: values.bodyId ?? '',
          startDate: values.startDate ?? '',
          endDate: values.endDate ?? '',
          sequence: typeof values.sequence === 'number' ? values.sequence : null,
          city: values.city || null,
          notes: values.notes || null,
          ...(intended ? { duplicateIntended: true } : {}),
        }),
      );
      form.resetDirty();
      notifications.show({ color: 'teal', autoClose: 3000, message: t('meetingPage.form.created', { title: lang === 'en' ? created.titleEn : created.titleVi }) });
      onCreated(created);
    },
  });
  const guard = useUnsavedChangesGuard(form.isDirty());

  // What the titles are proposed from: the body, and its previous numbered meeting (whose title,
  // renumbered, keeps the office's own wording), so that changing the number moves the titles on.
  const basis = useRef<{ body: Body; prev: Meeting | null } | null>(null);

  /** Proposes the titles of the n-th meeting; a title the officer has edited is left alone. */
  const proposeTitles = (n: number | null) => {
    if (!basis.current) return;
    const { body, prev } = basis.current;
    const built = proposedTitles(body, n);
    const renumbered = (title: string) => (prev?.sequence && n ? renumberTitle(title, prev.sequence, n) : null);
    const vi = (prev && renumbered(prev.titleVi)) || built.vi;
    const en = (prev && renumbered(prev.titleEn)) || built.en;
    const current = form.getValues();
    if (current.titleVi.trim() === '' || current.titleVi === proposed.current.vi) form.setFieldValue('titleVi', vi);
    if (current.titleEn.trim() === '' || current.titleEn === proposed.current.en) form.setFieldValue('titleEn', en);
    proposed.current = { vi, en };
  };

  const onBodyChange = async (body: Body | null) => {
    setProposal(null);
    basis.current = null;
    if (!body) return;
    try {
      const [{ sequence }, previous] = await Promise.all([
        api.call('meetings.nextSequence', { bodyId: body.id }),
        api.call('meetings.list', { filter: { bodyId: body.id }, sort: { field: 'startDate', dir: 'desc' }, limit: 10 }),
      ]);
      if (form.getValues().bodyId !== body.id) return;
      const n = sequence ?? 1;
      const prevNumber = n > 1 ? n - 1 : null;
      setProposal({ n, prev: prevNumber });
      form.setFieldValue('sequence', n);
      basis.current = { body, prev: previous.items.find((m) => m.sequence === prevNumber) ?? null };
      proposeTitles(n);
    } catch {
      // No proposal then; the user types the number and titles.
    }
  };

  const onSequenceChange = (value: number | string) => proposeTitles(typeof value === 'number' && value >= 1 ? value : null);

  const close = () => guard.confirmClose(onClose);
  const title = parent ? t('meetingPage.form.newRelatedTitle', { parent: lang === 'en' ? parent.titleEn : parent.titleVi }) : t('meetingPage.form.newTitle');

  return (
    <Modal opened onClose={close} title={title} size="xl" data-testid="new-meeting-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {serverError ? (
            <Alert color="red" variant="light" role="alert">
              {serverError}
            </Alert>
          ) : null}
          <MeetingFields
            form={form}
            onBodyChange={(b) => void onBodyChange(b)}
            onSequenceChange={onSequenceChange}
            sequenceDescription={proposal ? (proposal.prev ? t('meetingPage.form.sequenceProposed', { n: proposal.n, prev: proposal.prev }) : t('meetingPage.form.sequenceFirst', { n: proposal.n })) : undefined}
            withParent
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('meetingPage.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.modal}
      {duplicates.modal}
    </Modal>
  );
}
