import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { createAppTransport, renderWithApp } from '../helpers/render';

// Keyboard and screen-reader users (issue 15, item 11): a skip link first, and the focus on the
// new screen's heading after every change of screen.
describe('moving through the app by keyboard', () => {
  it('offers "Bỏ qua đến nội dung" as the first stop of Tab, which leads to the screen’s heading', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hôm nay' });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Bỏ qua đến nội dung' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(heading).toHaveFocus();
    // The address did not change (the routes live in the hash).
    expect(window.location.hash === '' || window.location.hash === '#/' || window.location.hash === '#/today').toBe(true);
  });

  it('says "Skip to content" in English', async () => {
    renderWithApp(<App />, { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
  });

  it('puts the focus on the new screen’s heading after a sidebar link, not on the link', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/today' });
    await screen.findByRole('heading', { level: 1, name: 'Hôm nay' });
    const nav = screen.getByRole('navigation', { name: 'Các mục chính' });
    await user.click(within(nav).getByRole('link', { name: 'Danh bạ' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Danh bạ' })).toHaveFocus());
    await user.click(within(nav).getByRole('link', { name: 'Cài đặt' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Cài đặt' })).toHaveFocus());
  });

  it('puts the focus on a screen’s heading that appears only once its data has come (a meeting)', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 1 }).items[0]!;
    renderWithApp(<App />, { transport, route: '/meetings' });
    await screen.findByRole('heading', { level: 1, name: 'Cuộc họp' });
    // A typed address (or a link) to the meeting: its page shows a loader, then its h1.
    await user.click(screen.getByRole('link', { name: 'Bỏ qua đến nội dung' }));
    window.location.hash = `#/meetings/${meeting.id}`;
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ASOEN 35'), { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });
});
