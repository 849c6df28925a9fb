// A related meeting added under a meeting already held, its dates (the main meeting's) past:
// it was held too, so the form proposes "Đã diễn ra"/"Held", not "Dự kiến"/"Planned".
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../electron/contract';
import { NewMeetingModal } from '../../renderer/components/meetings/NewMeetingModal';
import { createAppTransport, renderWithApp } from '../helpers/render';

describe('a new related meeting', () => {
  const { app, transport } = createAppTransport({ sample: true });
  const meetings = app.call('meetings.list', { filter: { parentId: null }, limit: 500 }).items as Meeting[];
  const today = '2026-11-21';

  it.each([
    ['vi', 'Đã diễn ra'],
    ['en', 'Held'],
  ] as const)('under a meeting held in the past, is proposed as held (%s)', async (language, held) => {
    const parent = meetings.find((m) => m.status === 'held' && m.endDate < today)!;
    renderWithApp(<NewMeetingModal opened parent={parent} onClose={() => undefined} onCreated={() => undefined} />, { transport, language });
    const dialog = screen.getByRole('dialog');
    const status = within(dialog).getAllByLabelText(language === 'vi' ? /^Trạng thái/ : /^Status/).find((el) => el.tagName === 'INPUT');
    expect(status).toHaveValue(held);
  });

  it('under a meeting still to come, is proposed as planned', async () => {
    const parent = meetings.find((m) => m.startDate > today)!;
    renderWithApp(<NewMeetingModal opened parent={parent} onClose={() => undefined} onCreated={() => undefined} />, { transport, language: 'en' });
    const status = within(screen.getByRole('dialog')).getAllByLabelText(/^Status/).find((el) => el.tagName === 'INPUT');
    expect(status).toHaveValue('Planned');
  });
});
