// Closing an action item asks on what day it was done: today (the desk's, 21/11/2026) proposed,
// an earlier day accepted, a later one refused in place, in the drawer and in the bulk bar.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActionItemsPage } from '../../renderer/pages/ActionItems.page';
import { renderWithApp } from '../helpers/render';

const rows = () => screen.queryAllByTestId('action-row');
const page = () => <ActionItemsPage params={{}} />;

async function setDate(user: ReturnType<typeof userEvent.setup>, text: string) {
  const modal = await screen.findByTestId('completion-modal');
  const field = within(modal).getByRole('textbox', { name: /Ngày hoàn thành|Completed on/ });
  await user.clear(field);
  await user.type(field, text);
  fireEvent.blur(field);
  return modal;
}

describe('the completion date', { timeout: 60_000 }, () => {
  it('is asked when the bulk bar closes items: today proposed, a later day refused, an earlier one saved', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(page(), { route: '/actions?status=in_progress' });
    await screen.findAllByTestId('action-row');
    const ids = rows().map((r) => r.dataset.actionId!);
    await user.click(screen.getByTestId('select-all'));
    await user.click(screen.getByTestId('bulk-apply'));
    const modal = await screen.findByTestId('completion-modal');
    expect(within(modal).getByRole('textbox', { name: /Ngày hoàn thành/ })).toHaveValue('21/11/2026');
    expect(modal).toHaveTextContent(`Các việc đã chọn (${ids.length}) xong vào ngày nào?`);

    await setDate(user, '22/11/2026');
    await user.click(within(modal).getByTestId('completion-confirm'));
    expect(await within(modal).findByText('Ngày hoàn thành không được sau hôm nay (21/11/2026).')).toBeInTheDocument();
    expect(app!.call('actionItems.get', { id: ids[0]! }).status).toBe('in_progress');

    await setDate(user, '15/03/2025');
    await user.click(within(modal).getByTestId('completion-confirm'));
    await screen.findByText(`Đã chuyển trạng thái: ${ids.length} việc.`);
    for (const id of ids) expect(app!.call('actionItems.get', { id })).toMatchObject({ status: 'done', completedOn: '2025-03-15' });
  });

  it('is asked when the drawer marks an item done; cancelling keeps the status (en)', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(page(), { route: '/actions?status=in_progress', language: 'en' });
    await screen.findAllByTestId('action-row');
    const id = rows()[0]!.dataset.actionId!;
    await user.click(within(rows()[0]!).getByTestId('action-open'));
    const form = await screen.findByTestId('action-form');
    const status = within(form).getByRole('combobox', { name: 'Status' });

    await user.click(status);
    await user.click(await screen.findByRole('option', { name: 'Done' }));
    let modal = await screen.findByTestId('completion-modal');
    expect(modal).toHaveTextContent('On what day was this item done?');
    await user.click(within(modal).getByRole('button', { name: 'Keep as it was' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Completion date' })).not.toBeInTheDocument());
    expect(status).toHaveValue('In progress');

    await user.click(status);
    await user.click(await screen.findByRole('option', { name: 'Done' }));
    modal = await setDate(user, '30/06/2024');
    await user.click(within(modal).getByTestId('completion-confirm'));
    await waitFor(() => expect(status).toHaveValue('Done'));
    await user.click(within(form).getByTestId('action-save'));
    await waitFor(() => expect(app!.call('actionItems.get', { id })).toMatchObject({ status: 'done', completedOn: '2024-06-30' }));
  });
});
