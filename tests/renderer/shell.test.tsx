import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { LANGUAGE_KEY } from '../../renderer/i18n';
import { renderWithApp } from '../helpers/render';

describe('the app shell', () => {
  it('is in Vietnamese by default, with header, navigation and main landmarks', async () => {
    renderWithApp(<App />);
    expect(screen.getByRole('banner')).toHaveTextContent('ASOEN Desk');
    const nav = screen.getByRole('navigation', { name: 'Các mục chính' });
    for (const label of ['Hôm nay', 'Cuộc họp', 'Việc cần làm', 'Đầu mối', 'Danh bạ', 'Cài đặt']) {
      expect(within(nav).getByRole('link', { name: label })).toBeInTheDocument();
    }
    expect(screen.getByRole('main')).toBeInTheDocument();
    // An empty address opens the home screen, Today.
    expect(await screen.findByRole('heading', { level: 1, name: 'Hôm nay' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Hôm nay' })).toHaveAttribute('aria-current', 'page');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English with the keyboard-reachable switch, keeping the current page', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cài đặt' })).toBeInTheDocument();

    const header = screen.getByRole('banner');
    const group = within(header).getByRole('radiogroup', { name: 'Ngôn ngữ' });
    expect(within(group).getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings');
    expect(screen.getByRole('navigation', { name: 'Main sections' })).toHaveTextContent('Focal points');
    expect(within(header).getByRole('radio', { name: 'English' })).toBeChecked();
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('moves between sections through the navigation links', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/meetings' });
    await user.click(screen.getByRole('link', { name: 'Cài đặt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cài đặt' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings');
  });

  it('leads an address under a section that has no such screen to "no such page", with a way home', () => {
    renderWithApp(<App />, { route: '/focal-points/history' });
    expect(screen.getByRole('heading', { level: 1, name: 'Không có trang này' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang Hôm nay' })).toHaveAttribute('href', '#/today');
  });

  it('keeps the screen and what was typed on it when the language changes', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { route: '/directory?tab=people' });
    const search = await screen.findByRole('searchbox', { name: 'Tìm cán bộ' });
    await user.type(search, 'nguyen');
    await user.click(within(screen.getByRole('banner')).getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Directory' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Find a person' })).toHaveValue('nguyen');
    expect(window.location.hash).toBe('#/directory?tab=people');
  });

  it('tells when an address leads nowhere', () => {
    renderWithApp(<App />, { route: '/nowhere' });
    expect(screen.getByRole('heading', { level: 1, name: 'Không có trang này' })).toBeInTheDocument();
  });
});

describe('the settings page', () => {
  it('shows the data file, the app version and the schema version', async () => {
    const { app } = renderWithApp(<App />, { route: '/settings', language: 'en' });
    const info = await screen.findByTestId('app-info');
    expect(screen.getByTestId('data-file')).toHaveTextContent(app!.ctx.dataFile);
    expect(within(info).getByRole('rowheader', { name: 'App version' }).closest('tr')).toHaveTextContent('0.0.0-test');
    expect(within(info).getByRole('rowheader', { name: 'Data schema version' }).closest('tr')).toHaveTextContent(String(app!.ctx.schemaVersion));
    expect(screen.getByRole('button', { name: 'Load sample data' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Display language' })).toBeInTheDocument();
  });
});
