// Saving a meeting or a person that repeats an existing one: the form says so before anything is
// saved, names and links the existing record, and saves only if the officer confirms.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../common/fold';
import { DirectoryPage } from '../../renderer/pages/Directory.page';
import { NewMeetingModal } from '../../renderer/components/meetings/NewMeetingModal';
import { renderWithApp } from '../helpers/render';

describe('duplicates on screen', { timeout: 60_000 }, () => {
  it('a person with the same name and passport name: declined saves nothing, confirmed saves a second one', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<DirectoryPage params={{}} />, { route: '/directory?tab=people' });
    await screen.findAllByTestId('person-row');
    const existing = app!.call('people.list', { q: 'Nguyễn Văn Đông', limit: 5 }).items.find((p) => p.fullName === 'Nguyễn Văn Đông')!;
    const count = () => app!.call('people.list', { q: 'nguyen van dong', limit: 50 }).items.filter((p) => foldText(p.fullName) === 'nguyen van dong').length;
    const before = count();

    const fill = async () => {
      await user.click(screen.getByRole('button', { name: 'Thêm cán bộ' }));
      const form = await screen.findByRole('dialog', { name: 'Thêm cán bộ' });
      await user.type(within(form).getByRole('textbox', { name: /Họ và tên/ }), 'nguyen van dong');
      await user.type(within(form).getByRole('textbox', { name: /Tên trên hộ chiếu/ }), existing.passportName!);
      await user.click(within(form).getByRole('button', { name: 'Lưu' }));
      return form;
    };

    const form = await fill();
    const confirm = await screen.findByRole('dialog', { name: 'Cán bộ này đã có?' });
    const link = within(confirm).getByRole('link', { name: 'Nguyễn Văn Đông' });
    expect(link).toHaveAttribute('href', `#/directory?tab=people&id=${existing.id}`);
    await user.click(within(confirm).getByRole('button', { name: 'Không lưu' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Chưa lưu gì');
    expect(count()).toBe(before);

    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    const again = await screen.findByRole('dialog', { name: 'Cán bộ này đã có?' });
    await user.click(within(again).getByRole('button', { name: 'Vẫn lưu, đây là bản ghi khác' }));
    await waitFor(() => expect(count()).toBe(before + 1));
  });

  it('a second meeting of a body with the same number asks first (en)', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<NewMeetingModal opened onClose={() => undefined} onCreated={() => undefined} />, { language: 'en' });
    const body = app!.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    const first = app!.call('meetings.list', { filter: { bodyId: body.id }, limit: 50 }).items.find((m) => m.sequence === 35)!;
    const dialog = screen.getByRole('dialog');
    const bodyField = within(dialog).getByRole('combobox', { name: /ASEAN body/ });
    await user.click(bodyField);
    await user.type(bodyField, 'ASOEN');
    await user.click(await screen.findByRole('option', { name: /^ASOEN — / }));
    const number = within(dialog).getByRole('textbox', { name: /Sequence number/ });
    await waitFor(() => expect(number).not.toHaveValue(''));
    await user.clear(number);
    await user.type(number, '35');
    const typeDate = async (name: RegExp, text: string) => {
      const field = within(dialog).getByRole('textbox', { name });
      await user.type(field, text);
      await user.tab();
    };
    await typeDate(/Start date/, '29/07/2024');
    await typeDate(/End date/, '01/08/2024');
    await user.click(within(dialog).getByRole('button', { name: 'Create the meeting' }));
    const confirm = await screen.findByRole('dialog', { name: 'Is this meeting already here?' });
    expect(within(confirm).getByRole('link', { name: first.titleEn })).toHaveAttribute('href', `#/meetings/${first.id}`);
    const count = () => app!.call('meetings.list', { filter: { bodyId: body.id }, limit: 50 }).items.filter((m) => m.sequence === 35).length;
    expect(count()).toBe(1);
    await user.click(within(confirm).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(count()).toBe(2));
  });
});
