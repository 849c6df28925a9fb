// The new-meeting form proposes titles that follow the body and the number until the officer
// edits a title, written as the office writes them ("Hội nghị" once).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NewMeetingModal } from '../../renderer/components/meetings/NewMeetingModal';
import { renderWithApp } from '../helpers/render';

async function chooseBody(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, code: string) {
  const body = within(dialog).getByRole('combobox', { name: /Cơ quan ASEAN/ });
  await user.click(body);
  await user.type(body, code);
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${code.replace('+', '\\+')} — `) }));
}

function setNumber(dialog: HTMLElement, n: string) {
  const field = within(dialog).getByRole('textbox', { name: /Số thứ tự/ });
  fireEvent.change(field, { target: { value: n } });
}

describe('the titles proposed for a new meeting', { timeout: 60_000 }, () => {
  it('follow the number until the officer edits a title', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<NewMeetingModal opened onClose={() => undefined} onCreated={() => undefined} />, { sample: true });
    const dialog = await screen.findByTestId('new-meeting-modal').then(() => screen.getByRole('dialog'));
    await chooseBody(user, dialog, 'ASOEN');
    const vi = within(dialog).getByRole('textbox', { name: /Tên cuộc họp \(tiếng Việt\)/ });
    const en = within(dialog).getByRole('textbox', { name: /Tên cuộc họp \(tiếng Anh\)/ });
    const { sequence } = app!.call('meetings.nextSequence', { bodyId: app!.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!.id });
    await waitFor(() => expect(vi).toHaveValue(`Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ ${sequence} (ASOEN ${sequence}) và các hội nghị liên quan`));

    setNumber(dialog, '41');
    await waitFor(() => expect(vi).toHaveValue('Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 41 (ASOEN 41) và các hội nghị liên quan'));
    expect(en).toHaveValue('41st Meeting of the ASEAN Senior Officials on the Environment (ASOEN 41) and Related Meetings');
    setNumber(dialog, '42');
    await waitFor(() => expect(en).toHaveValue('42nd Meeting of the ASEAN Senior Officials on the Environment (ASOEN 42) and Related Meetings'));

    // The officer's own English title stays; the Vietnamese one still follows.
    await user.clear(en);
    await user.type(en, 'Special Session');
    setNumber(dialog, '43');
    await waitFor(() => expect(vi).toHaveValue('Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 43 (ASOEN 43) và các hội nghị liên quan'));
    expect(en).toHaveValue('Special Session');
  });

  it('a body named as a meeting, with no earlier meeting: "Hội nghị" and "Meeting" once', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewMeetingModal opened onClose={() => undefined} onCreated={() => undefined} />, { sample: true });
    const dialog = screen.getByRole('dialog');
    await chooseBody(user, dialog, 'AMMIN');
    const vi = within(dialog).getByRole('textbox', { name: /Tên cuộc họp \(tiếng Việt\)/ });
    const en = within(dialog).getByRole('textbox', { name: /Tên cuộc họp \(tiếng Anh\)/ });
    await waitFor(() => expect(vi).toHaveValue('Hội nghị Bộ trưởng ASEAN về khoáng sản lần thứ 1 (AMMIN 1)'));
    expect(en).toHaveValue('1st ASEAN Ministerial Meeting on Minerals (AMMIN 1)');
    setNumber(dialog, '12');
    await waitFor(() => expect(en).toHaveValue('12th ASEAN Ministerial Meeting on Minerals (AMMIN 12)'));
    expect(vi).toHaveValue('Hội nghị Bộ trưởng ASEAN về khoáng sản lần thứ 12 (AMMIN 12)');
  });
});
