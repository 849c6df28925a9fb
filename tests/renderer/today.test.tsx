import { screen, within, configure } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { TodayPage } from '../../renderer/pages/Today.page';
import { renderWithApp } from '../helpers/render';

// These screens are heavy for jsdom on a shared 2-core machine: give them time.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 8000 });

describe('the Today screen', () => {
  it('is where the app opens, with upcoming meetings and their preparation in words', async () => {
    renderWithApp(<App />, { route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hôm nay' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('upcoming-meeting');
    const asomm = cards.find((c) => c.textContent?.includes('ASOMM 26'))!;
    expect(asomm).toBeDefined();
    expect(asomm).toHaveTextContent('Đã lập đoàn');
    expect(asomm).toHaveTextContent('Chưa có quyết định cử đoàn');
    expect(asomm).toHaveTextContent('Đã sẵn sàng: 2/5');
    expect(within(asomm).getByRole('link', { name: /ASOMM 26/ })).toHaveAttribute('href', expect.stringMatching(/^#\/meetings\/[0-9a-f-]{36}$/));
    // Done and missing steps differ by icon and wording, not by colour alone.
    const states = within(asomm).getAllByRole('listitem').map((li) => li.getAttribute('data-state'));
    expect(states).toEqual(['done', 'done', 'missing', 'missing', 'missing']);
  });

  it('groups overdue and soon-due action items by lead agency, overdue marked in words', async () => {
    const { app } = renderWithApp(<TodayPage params={{}} />, { language: 'en' });
    const summary = app!.call('today.summary', {});
    const overdue = await screen.findAllByTestId('overdue-item');
    expect(overdue).toHaveLength(summary.overdue.length);
    expect(overdue[0]).toHaveTextContent(/Overdue by \d+ days/);
    expect(screen.getAllByTestId('due-soon-item')).toHaveLength(summary.dueSoon.length);
    const agencies = new Set([...summary.overdue, ...summary.dueSoon].map((a) => a.leadAgencyId));
    expect(screen.getAllByTestId('action-group')).toHaveLength(agencies.size);
    expect(screen.getAllByTestId('body-without-focal')).toHaveLength(summary.bodiesWithoutFocalPoint.length);
    const change = screen.getAllByTestId('recent-change')[0]!;
    expect(change).toHaveTextContent(/^(Created|Changed|Deleted) /);
    expect(screen.getByRole('link', { name: /Open the action items/ })).toHaveAttribute('href', '#/actions');
  });
});
