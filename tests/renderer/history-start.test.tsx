// History on a laptop that joined the exchange from another laptop's snapshot says where it begins
// (the changes made before are in the data, not in this laptop's History).
import { act, screen } from '@testing-library/react';
import type { ChangeEntry } from '../../electron/contract';
import { HistoryStart } from '../../renderer/components/history/HistoryStart';
import { TEST_NOW } from '../helpers/app';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

const edit: ChangeEntry = {
  seq: 7,
  entity: 'action_item',
  entityId: '0193a000-0000-7000-8000-000000000001',
  op: 'update',
  before: { title: 'Gửi công hàm' },
  after: { title: 'Gửi công hàm cho Bộ Ngoại giao' },
  at: TEST_NOW,
  deviceId: 'd',
  officerName: 'Trần Thị Bình',
  deviceName: 'Máy B',
  origin: 'remote',
};

function joined(start: { joinedAt: string; laptop: string | null } | null) {
  return spyTransport(createAppTransport({ sample: false }).transport, { 'history.start': { ok: true, value: start } }).transport;
}

describe('History after a snapshot join', () => {
  it('says plainly where History begins, in the language on screen, when the record’s beginning is not in it', async () => {
    const rendered = renderWithApp(<HistoryStart history={[edit]} id={edit.entityId} />, { transport: joined({ joinedAt: TEST_NOW, laptop: 'Máy A' }) });
    expect(await screen.findByTestId('history-start')).toHaveTextContent(
      'Máy này nhận dữ liệu từ bản chụp của Máy A lúc 21/11/2026 10:00: Lịch sử trên máy này chỉ có các thay đổi từ lúc đó.',
    );
    await act(() => rendered.i18n.changeLanguage('en'));
    expect(screen.getByTestId('history-start')).toHaveTextContent('This laptop took its data from a snapshot of Máy A at 21/11/2026 10:00: History on this laptop holds only the changes since.');
  });

  it('says nothing for a record made since, or on a laptop that holds the whole history', async () => {
    const created = { ...edit, seq: 6, op: 'create' as const, before: null };
    renderWithApp(<HistoryStart history={[edit, created]} id={edit.entityId} />, { transport: joined({ joinedAt: TEST_NOW, laptop: 'Máy A' }) });
    const whole = renderWithApp(<HistoryStart history={[edit]} id={edit.entityId} />, { transport: joined(null) });
    await whole.client.call('history.start', {});
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('history-start')).toBeNull();
  });
});
