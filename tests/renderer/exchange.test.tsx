// Settings › Exchange in jsdom: the folder checked by the real backend (its refusals beside the
// field, in the language on screen), and a scripted status for what only a shared folder gives
// (the laptops seen, the warnings, offline), and the header's calm indicator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExchangeStatus } from '../../electron/contract';
import { ExchangeIndicator } from '../../renderer/components/exchange/ExchangeIndicator';
import { ExchangeSection } from '../../renderer/components/exchange/ExchangeSection';
import { SettingsPage } from '../../renderer/pages/Settings.page';
import { TEST_NOW } from '../helpers/app';
import { createAppTransport, renderWithApp, spyTransport } from '../helpers/render';

configure({ asyncUtilTimeout: 15_000 });

const root = mkdtempSync(path.join(tmpdir(), 'asoen-exchange-ui-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const base: ExchangeStatus = {
  folder: '/mnt/asean/exchange',
  intervalMinutes: 5,
  state: 'idle',
  replica: '0193a000-0000-7000-8000-00000000000a',
  lastRound: {
    startedAt: '2026-11-21T02:59:58.000Z',
    finishedAt: TEST_NOW,
    outcome: 'ok',
    batchesApplied: 2,
    linesApplied: 14,
    published: 3,
    problems: [],
    message: null,
  },
  lastSuccessAt: TEST_NOW,
  nextAt: '2026-11-21T03:05:00.000Z',
  received: 1,
  laptops: [
    { replica: '0193a000-0000-7000-8000-00000000000b', name: 'Máy B', officer: 'Trần Thị Bình', appVersion: '0.1.0', lastExchangedAt: '2026-11-21T02:58:00.000Z', clockSkewMs: 0 },
    { replica: '0193a000-0000-7000-8000-00000000000c', name: 'Máy C', officer: null, appVersion: '0.2.0', lastExchangedAt: '2026-11-20T09:15:00.000Z', clockSkewMs: 62 * 60_000 },
  ],
  warnings: [
    { kind: 'clock', replica: '0193a000-0000-7000-8000-00000000000c', message: { vi: 'Đồng hồ của máy Máy C nhanh hơn máy này khoảng 62 phút.', en: 'Laptop Máy C’s clock is about 62 minutes ahead of this laptop’s.' } },
    { kind: 'newerVersion', replica: '0193a000-0000-7000-8000-00000000000c', message: { vi: 'Máy Máy C dùng phiên bản 0.2.0, mới hơn.', en: 'Laptop Máy C runs 0.2.0, newer.' } },
  ],
};

/** The real backend, with exchange.status (and exchange.now) answered by `status`. */
function scripted(status: ExchangeStatus) {
  const { transport } = createAppTransport({ sample: false });
  return spyTransport(transport, { 'exchange.status': { ok: true, value: status }, 'exchange.now': { ok: true, value: { ...status, state: 'running' } } });
}

describe('Settings › Exchange', () => {
  it('is a section of Settings, off at first, and refuses a missing folder beside the field with the offer to create it', async () => {
    const user = userEvent.setup();
    renderWithApp(<SettingsPage />, { sample: false });
    const region = await screen.findByRole('region', { name: 'Trao đổi dữ liệu giữa các máy' });
    expect(await within(region).findByText('Chưa bật: máy này chưa trao đổi dữ liệu với máy nào.')).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Trao đổi ngay' })).toBeNull();
    // The names come from "This laptop", not typed twice.
    expect(within(region).getByText('Máy này chưa có tên hoặc tên cán bộ: các máy khác sẽ chỉ thấy mã máy.')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Sửa ở mục “Máy này”' })).toBeInTheDocument();

    const missing = path.join(root, 'TraoDoi');
    await user.type(within(region).getByLabelText('Thư mục trao đổi'), missing);
    await user.click(within(region).getByRole('button', { name: 'Lưu và trao đổi' }));
    expect(await within(region).findByText(`Thư mục ${missing} không tồn tại. Hãy tạo thư mục hoặc chọn thư mục khác.`)).toBeInTheDocument();
    expect(within(region).getByTestId('exchange-create-offer')).toHaveTextContent('Tạo thư mục này');

    await user.clear(within(region).getByLabelText('Thư mục trao đổi'));
    await user.type(within(region).getByLabelText('Thư mục trao đổi'), 'TraoDoi');
    await user.click(within(region).getByRole('button', { name: 'Lưu và trao đổi' }));
    expect(await within(region).findByText('Hãy nhập đường dẫn đầy đủ, bắt đầu bằng ổ đĩa (D:\\), \\\\máy-chủ hoặc /.')).toBeInTheDocument();
  });

  it('creates the missing folder when asked and saves it', async () => {
    const user = userEvent.setup();
    const { transport, calls } = spyTransport(createAppTransport({ sample: false }).transport);
    renderWithApp(<ExchangeSection />, { transport, language: 'en' });
    const missing = path.join(root, 'Exchange');
    await user.type(await screen.findByLabelText('Exchange folder'), missing);
    await user.click(screen.getByRole('button', { name: 'Save and exchange' }));
    await user.click(await screen.findByRole('button', { name: 'Create this folder' }));
    expect(await screen.findByText(`In use: ${missing}`)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'exchange.setFolder').map((c) => c.input)).toEqual([
      { folder: missing, intervalMinutes: 5 },
      { folder: missing, intervalMinutes: 5, create: true },
    ]);
  });

  it('shows the last exchange, the laptops seen with their clocks, and the warnings (en)', async () => {
    const user = userEvent.setup();
    const { transport, calls } = scripted(base);
    renderWithApp(<ExchangeSection />, { transport, language: 'en' });
    const last = await screen.findByTestId('exchange-last');
    expect(last).toHaveTextContent('At 21/11/2026 10:00: done.');
    expect(last).toHaveTextContent('Changes taken in from other laptops: 14. Sent this laptop’s changes (file number 3).');
    expect(last).toHaveTextContent('Next automatic exchange: about 21/11/2026 10:05.');
    const rows = within(screen.getByTestId('exchange-laptops')).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'LaptopOfficerVersionLast exchangedClock against this laptop',
      'Máy BTrần Thị Bình0.1.021/11/2026 09:58in step',
      'Máy C(not set)0.2.020/11/2026 16:1562 min ahead',
    ]);
    expect(screen.getByTestId('exchange-warning-clock')).toHaveTextContent('Clock difference');
    expect(screen.getByTestId('exchange-warning-newerVersion')).toHaveTextContent('A laptop runs a newer versionLaptop Máy C runs 0.2.0, newer.');

    await user.click(screen.getByRole('button', { name: 'Exchange now' }));
    expect(calls.filter((c) => c.method === 'exchange.now')).toHaveLength(1);
  });

  it('tells offline calmly, as a status and not an alert, with the last good exchange', async () => {
    const offline: ExchangeStatus = {
      ...base,
      state: 'offline',
      laptops: [],
      lastSuccessAt: '2026-11-21T02:30:00.000Z',
      lastRound: { ...base.lastRound!, outcome: 'offline', linesApplied: 0, batchesApplied: 0, published: null, message: { vi: 'Chưa kết nối được thư mục trao đổi.', en: 'The folder cannot be reached.' } },
      warnings: [{ kind: 'offline', replica: null, message: { vi: 'Chưa kết nối được thư mục trao đổi /mnt/asean/exchange. Bạn vẫn làm việc bình thường.', en: 'x' } }],
    };
    renderWithApp(<ExchangeSection />, { transport: scripted(offline).transport });
    const calm = await screen.findByTestId('exchange-offline');
    expect(calm).toHaveTextContent('Đang ngoại tuyếnChưa kết nối được thư mục trao đổi /mnt/asean/exchange. Bạn vẫn làm việc bình thường.');
    expect(calm).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('exchange-last')).toHaveTextContent('Lần trao đổi thành công gần nhất: 21/11/2026 09:30.');
    expect(screen.getByText('Chưa thấy máy nào khác trong thư mục này.')).toBeInTheDocument();
  });

  it('tells what moving to another folder does, in the language on screen, and moves only once confirmed', async () => {
    const user = userEvent.setup();
    // The server's answer for a laptop that has exchanged (tests/ipc/exchange.test.ts checks it on real desks).
    const told = {
      vi: 'Máy này sẽ chuyển việc trao đổi của văn phòng sang thư mục /mnt/moi. Không có gì bị xóa trong thư mục cũ (/mnt/asean/exchange).',
      en: "This laptop will move the office's exchange to the folder /mnt/moi. Nothing is deleted in the old folder (/mnt/asean/exchange).",
    };
    const calls: Array<Record<string, unknown>> = [];
    const { transport: inner } = scripted(base);
    const transport: typeof inner = async (method, input) => {
      if (method !== 'exchange.setFolder') return inner(method, input);
      const i = input as Record<string, unknown>;
      calls.push(i);
      if (!i.move) return { ok: false, error: { code: 'VALIDATION', message: told, details: { field: 'exchangeFolder', reason: 'confirmMove', move: 'carry' } } };
      return { ok: true, value: { ...base, folder: i.folder as string, state: 'running', lastRound: null, laptops: [], warnings: [] } };
    };
    const rendered = renderWithApp(<ExchangeSection />, { transport });
    const field = await screen.findByLabelText('Thư mục trao đổi');
    await user.clear(field);
    await user.type(field, '/mnt/moi');
    await user.click(screen.getByRole('button', { name: 'Lưu và trao đổi' }));
    const confirm = await screen.findByTestId('exchange-move-confirm');
    expect(confirm).toHaveTextContent('Chuyển việc trao đổi sang thư mục khác?');
    expect(confirm).toHaveTextContent(told.vi);
    // Not an error of the field, and nothing saved yet; the answer is one of the two buttons above.
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Lưu và trao đổi' })).toBeDisabled();
    expect(screen.getByText('Đang dùng: /mnt/asean/exchange')).toBeInTheDocument();
    // In English, the same words in English.
    await act(() => rendered.i18n.changeLanguage('en'));
    expect(screen.getByTestId('exchange-move-confirm')).toHaveTextContent(told.en);
    // Keeping the current folder puts it back in the field.
    await user.click(screen.getByRole('button', { name: 'Keep the current folder' }));
    expect(screen.queryByTestId('exchange-move-confirm')).toBeNull();
    expect(screen.getByLabelText('Exchange folder')).toHaveValue('/mnt/asean/exchange');
    // Asked again and confirmed: saved with the confirmation.
    await user.clear(screen.getByLabelText('Exchange folder'));
    await user.type(screen.getByLabelText('Exchange folder'), '/mnt/moi');
    await user.click(screen.getByRole('button', { name: 'Save and exchange' }));
    await user.click(await screen.findByRole('button', { name: 'Move to this folder' }));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls).toEqual([
      { folder: '/mnt/moi', intervalMinutes: 5 },
      { folder: '/mnt/moi', intervalMinutes: 5 },
      { folder: '/mnt/moi', intervalMinutes: 5, move: true },
    ]);
    await waitFor(() => expect(screen.queryByTestId('exchange-move-confirm')).toBeNull());
  });

  it('lists the files a round skipped, each naming its laptop and file', async () => {
    const problems = [{ laptop: 'Máy C', file: 'b-000000004.asx', message: { vi: 'Tệp b-000000004.asx của máy Máy C bị hỏng hoặc không đầy đủ: tạm bỏ qua.', en: 'The file b-000000004.asx from laptop Máy C is damaged or incomplete: skipped for now.' } }];
    renderWithApp(<ExchangeSection />, { transport: scripted({ ...base, warnings: [], lastRound: { ...base.lastRound!, outcome: 'problems', problems } }).transport, language: 'en' });
    const box = await screen.findByTestId('exchange-problems');
    expect(box).toHaveTextContent('Files skipped this time (tried again later)The file b-000000004.asx from laptop Máy C is damaged or incomplete: skipped for now.');
    expect(screen.getByTestId('exchange-last')).toHaveTextContent('At 21/11/2026 10:00: done, but some files were skipped (see below).');
  });
});

describe('the exchange in the header', () => {
  it('says when it last exchanged, "Offline" when the folder is gone, and nothing when the exchange is off', async () => {
    const { unmount } = renderWithApp(<ExchangeIndicator />, { transport: scripted({ ...base, warnings: [] }).transport });
    expect(await screen.findByTestId('exchange-indicator')).toHaveTextContent(/^Đã trao đổi lúc 10:00$/);
    unmount();
    // Offline stays calm even when a warning about another laptop is known (shown in Settings).
    const second = renderWithApp(<ExchangeIndicator />, { transport: scripted({ ...base, state: 'offline' }).transport, language: 'en' });
    expect(await screen.findByTestId('exchange-indicator')).toHaveTextContent(/^Offline$/);
    expect(screen.getByTestId('exchange-indicator')).toHaveAttribute('data-tone', 'calm');
    second.unmount();
    const warned = renderWithApp(<ExchangeIndicator />, { transport: scripted(base).transport, language: 'en' });
    expect(await screen.findByTestId('exchange-indicator')).toHaveAttribute('data-tone', 'warning');
    warned.unmount();
    // The real backend: no folder, so nothing is shown once the status has come.
    const { transport, calls } = spyTransport(createAppTransport({ sample: false }).transport);
    renderWithApp(<ExchangeIndicator />, { transport });
    await waitFor(() => expect(calls.map((c) => c.method)).toContain('exchange.status'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.queryByTestId('exchange-indicator')).toBeNull();
  });
});
