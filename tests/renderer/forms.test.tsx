import { Button, Stack, TextInput } from '@mantine/core';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { meetingFields, recordRules, type Meeting } from '../../electron/contract';
import { useApi } from '../../renderer/api';
import { ConflictNotice, DateField, EntitySelect, useDeleteWithUndo, useEntityForm, useUnsavedChangesGuard } from '../../renderer/forms';
import { answerWindowClose, navigate } from '../../renderer/router/useHashRoute';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

// A small editor of one meeting, built only from the shared form infrastructure.
const schema = meetingFields.pick({ titleVi: true, titleEn: true, startDate: true, endDate: true, city: true }).superRefine((v, ctx) => recordRules.meetings(v as never, ctx));

function MeetingEditor({ initial }: { initial: Meeting }) {
  const api = useApi();
  const [version, setVersion] = useState(initial.version);
  const { form, submit, conflict, clearConflict, serverError, reset } = useEntityForm({
    schema,
    initialValues: { titleVi: initial.titleVi, titleEn: initial.titleEn, startDate: initial.startDate, endDate: initial.endDate, city: initial.city ?? '' },
    onSubmit: async (_values, { changed }) => {
      const saved = await api.call('meetings.update', { id: initial.id, version, changes: changed });
      setVersion(saved.version);
      reset({ titleVi: saved.titleVi, titleEn: saved.titleEn, startDate: saved.startDate, endDate: saved.endDate, city: saved.city ?? '' });
    },
  });
  const guard = useUnsavedChangesGuard(form.isDirty());
  const reload = async () => {
    const latest = await api.call('meetings.get', { id: initial.id });
    setVersion(latest.version);
    clearConflict();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        {conflict ? <ConflictNotice onReload={() => void reload()} /> : null}
        {serverError ? <div role="alert">{serverError}</div> : null}
        <TextInput label="titleVi" {...form.getInputProps('titleVi')} />
        <TextInput label="titleEn" {...form.getInputProps('titleEn')} />
        <DateField label="startDate" {...form.getInputProps('startDate')} />
        <DateField label="endDate" {...form.getInputProps('endDate')} />
        <TextInput label="city" {...form.getInputProps('city')} />
        <Button type="submit">save</Button>
      </Stack>
      {guard.modal}
    </form>
  );
}

function DeleteButton({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { confirmDelete, modal } = useDeleteWithUndo();
  return (
    <>
      <Button onClick={() => confirmDelete({ method: 'meetings', id: meeting.id, version: meeting.version, label: 'ASOEN 35', onDone })}>delete</Button>
      {modal}
    </>
  );
}

function PersonPicker() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <EntitySelect method="people" label="person" value={value} onChange={(id) => setValue(id)} getLabel={(p) => p.fullName} />
      <output data-testid="picked">{value ?? ''}</output>
    </>
  );
}

type App = ReturnType<typeof createAppTransport>['app'];

function asoen35(app: App): Meeting {
  const found = app.call('meetings.list', { q: 'ASOEN 35', limit: 5 }).items.find((m) => m.sequence === 35);
  if (!found) throw new Error('sample has no ASOEN 35');
  return found;
}

describe('the shared form infrastructure', () => {
  it('shows the zod error next to the field, in Vietnamese and then in English', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = asoen35(app);
    const { i18n } = renderWithApp(<MeetingEditor initial={meeting} />, { transport });
    await user.clear(screen.getByLabelText('titleVi'));
    await user.click(screen.getByRole('button', { name: 'save' }));
    const input = screen.getByLabelText('titleVi');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(describedBy).not.toBe('');
    expect(await screen.findByText('Mục này bắt buộc phải có.')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('This is required.')).toBeInTheDocument();
  });

  it('checks cross-field rules of the contract (end before start)', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = asoen35(app);
    renderWithApp(<MeetingEditor initial={meeting} />, { transport, language: 'en' });
    const end = screen.getByLabelText('endDate');
    await user.clear(end);
    await user.type(end, '01/01/2020');
    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByText('The end date cannot be before the start date.')).toBeInTheDocument();
  });

  it('on a CONFLICT says so, keeps what was typed, and saves after reloading', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = asoen35(app);
    renderWithApp(<MeetingEditor initial={meeting} />, { transport });
    // Someone else saves first.
    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { notes: 'edited elsewhere' } });

    const city = screen.getByLabelText('city');
    await user.clear(city);
    await user.type(city, 'Viên Chăn mới');
    await user.click(screen.getByRole('button', { name: 'save' }));
    const notice = await screen.findByTestId('conflict-notice');
    expect(notice).toHaveTextContent('Bản ghi này vừa được sửa ở nơi khác');
    expect(screen.getByLabelText('city')).toHaveValue('Viên Chăn mới');

    await user.click(within(notice).getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(screen.queryByTestId('conflict-notice')).not.toBeInTheDocument());
    expect(screen.getByLabelText('city')).toHaveValue('Viên Chăn mới');
    await user.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(app.call('meetings.get', { id: meeting.id }).city).toBe('Viên Chăn mới'));
    expect(app.call('meetings.get', { id: meeting.id }).notes).toBe('edited elsewhere');
  });

  it('asks before leaving with unsaved changes, by hash navigation', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = asoen35(app);
    window.location.hash = '#/meetings/x';
    renderWithApp(<MeetingEditor initial={meeting} />, { transport });
    await user.type(screen.getByLabelText('city'), ' 2');

    act(() => {
      window.location.hash = '#/actions';
    });
    const modal = await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    // The address goes back by a step back in the history (asynchronous, as in a browser).
    await waitFor(() => expect(window.location.hash).toBe('#/meetings/x'));

    await user.click(within(modal).getByRole('button', { name: 'Ở lại và tiếp tục sửa' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.hash).toBe('#/meetings/x');
    expect(screen.getByLabelText('city')).toHaveValue(`${meeting.city ?? ''} 2`);

    act(() => {
      window.location.hash = '#/actions';
    });
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Rời trang, bỏ thay đổi' }));
    await waitFor(() => expect(window.location.hash).toBe('#/actions'));
  });

  it('reads dates typed as officers type them, and keeps an impossible one with the reason in place', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = asoen35(app);
    const { i18n } = renderWithApp(<MeetingEditor initial={meeting} />, { transport });
    const end = screen.getByLabelText('endDate');
    // The rule for two-digit years is told beside the field.
    expect(screen.getAllByText(/Năm 2 chữ số: 00–69 là 20xx, 70–99 là 19xx/).length).toBeGreaterThan(0);

    for (const [typed, iso] of [
      ['02.08.2024', '2024-08-02'],
      ['03-08-2024', '2024-08-03'],
      ['4/8/24', '2024-08-04'],
      ['2024-08-05', '2024-08-05'],
    ] as const) {
      await user.clear(end);
      await user.type(end, typed);
      await user.tab();
      expect(end).toHaveValue(`${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
      await user.click(screen.getByRole('button', { name: 'save' }));
      await waitFor(() => expect(app.call('meetings.get', { id: meeting.id }).endDate).toBe(iso));
    }

    await user.clear(end);
    await user.type(end, '31/02/2024');
    await user.tab();
    expect(end).toHaveValue('31/02/2024');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findByText('Không có ngày 31/02/2024: tháng 2/2024 chỉ có 29 ngày.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(end).toHaveValue('31/02/2024');
    expect(screen.queryByText('Mục này bắt buộc phải có.')).not.toBeInTheDocument();
    // Nothing saved: the last date stays.
    expect(app.call('meetings.get', { id: meeting.id }).endDate).toBe('2024-08-05');
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('There is no 31/02/2024: February 2024 has only 29 days.')).toBeInTheDocument();
    // A language switch keeps the text too.
    await waitFor(() => expect(end).toHaveValue('31/02/2024'));

    await user.clear(end);
    await user.type(end, 'hôm qua');
    await user.tab();
    expect(end).toHaveValue('hôm qua');
    expect(await screen.findByText('“hôm qua” is not a date. Enter day/month/year, for example 28/07/2024.')).toBeInTheDocument();
  });

  it('asks before navigate() leaves (the search, buttons), and before the desktop window closes', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = asoen35(app);
    window.location.hash = '#/meetings/y';
    renderWithApp(<MeetingEditor initial={meeting} />, { transport });
    await user.type(screen.getByLabelText('city'), ' 3');

    act(() => navigate('/actions'));
    const modal = await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    expect(window.location.hash).toBe('#/meetings/y');
    await user.click(within(modal).getByRole('button', { name: 'Ở lại và tiếp tục sửa' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.hash).toBe('#/meetings/y');

    const answers: string[] = [];
    act(() => answerWindowClose((a) => answers.push(a)));
    expect(answers).toEqual(['asking']);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Rời trang, bỏ thay đổi' }));
    expect(answers).toEqual(['asking', 'close']);
  });

  it('asks before deleting, and Undo restores the record', async () => {
    const user = userEvent.setup();
    let done = 0;
    const { app, transport } = createAppTransport({ sample: true });
    const body = asoen35(app).bodyId;
    const meeting = app.call('meetings.create', { bodyId: body, titleVi: 'Họp thử', titleEn: 'Trial', startDate: '2027-03-01', endDate: '2027-03-02' });
    renderWithApp(<DeleteButton meeting={meeting} onDone={() => (done += 1)} />, { transport, language: 'en' });

    await user.click(screen.getByRole('button', { name: 'delete' }));
    const modal = await screen.findByRole('dialog', { name: 'Delete this item?' });
    expect(modal).toHaveTextContent('Delete “ASOEN 35”?');
    await user.click(within(modal).getByRole('button', { name: 'Delete' }));
    await screen.findByText('“ASOEN 35” deleted.');
    expect(app.raw('meetings.get', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(done).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('“ASOEN 35” restored.');
    expect(app.call('meetings.get', { id: meeting.id }).deletedAt).toBeNull();
    expect(done).toBe(2);
  });

  it('EntitySelect searches the server without accents and keeps the chosen label', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<PersonPicker />);
    const person = app!.call('people.list', { limit: 1 }).items[0]!;
    const folded = person.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const box = screen.getByRole('combobox', { name: 'person' });
    await user.click(box);
    await user.type(box, folded.split(' ').slice(-1)[0]!);
    await user.click(await screen.findByRole('option', { name: person.fullName }));
    expect(screen.getByTestId('picked')).toHaveTextContent(person.id);
    expect(box).toHaveValue(person.fullName);
  });

  it('EntitySelect asks the server for its options only once its list is opened', async () => {
    const user = userEvent.setup();
    const spy = spyTransport(createAppTransport({ sample: true }).transport);
    renderWithApp(<PersonPicker />, { transport: spy.transport });
    const box = screen.getByRole('combobox', { name: 'person' });
    await new Promise((r) => setTimeout(r, 50));
    // A form with several pickers sends nothing for them when it opens.
    expect(spy.calls.filter((c) => c.method === 'people.list')).toHaveLength(0);
    await user.click(box);
    expect((await screen.findAllByRole('option')).length).toBeGreaterThan(0);
    expect(spy.calls.filter((c) => c.method === 'people.list')).toHaveLength(1);
  });
});
