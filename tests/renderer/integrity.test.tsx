// The integrity check in Settings: against the real backend (the check runs on a worker), and
// a damaged file and a check that could not run against a scripted transport.
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Envelope, IntegrityStatusOut } from '../../electron/contract';
import type { Transport } from '../../renderer/api';
import { IntegritySection } from '../../renderer/components/settings/IntegritySection';
import { SettingsPage } from '../../renderer/pages/Settings.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

configure({ asyncUtilTimeout: 15_000 });

const base: IntegrityStatusOut = { state: 'never', startedAt: null, finishedAt: null, ok: null, problems: [], ms: null, error: null };

/** Answers integrity.status with `status` (and integrity.check with a running check). */
function scripted(status: IntegrityStatusOut): Transport {
  return async (method): Promise<Envelope<unknown>> => {
    if (method === 'integrity.status') return { ok: true, value: status };
    if (method === 'integrity.check') return { ok: true, value: { ...base, state: 'running', startedAt: '2026-11-21T03:00:00.000Z' } };
    return { ok: false, error: { code: 'NOT_FOUND', message: { vi: 'Không có', en: 'None' } } };
  };
}

describe('the integrity check in Settings', () => {
  it('is a section of the Settings page that says it has not run yet in this session', async () => {
    renderWithApp(<SettingsPage />);
    const region = await screen.findByRole('region', { name: 'Kiểm tra tính toàn vẹn của dữ liệu' });
    expect(await within(region).findByTestId('integrity-never')).toHaveTextContent('Chưa kiểm tra trong lần chạy này của ứng dụng.');
    expect(within(region).getByRole('button', { name: 'Kiểm tra lại' })).toBeEnabled();
  });

  it('runs the check on a worker and shows the file sound, with when and how long', async () => {
    const user = userEvent.setup();
    const { transport } = createAppTransport({ sample: true });
    renderWithApp(<IntegritySection pollMs={50} />, { transport, language: 'en' });
    await screen.findByText('Not checked yet in this run of the application.');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByTestId('integrity-running')).toHaveTextContent('Checking the data file (started');
    expect(screen.getByRole('button', { name: 'Check again' })).toBeDisabled();
    const ok = await screen.findByTestId('integrity-ok');
    expect(within(ok).getByText('The data file is sound')).toBeInTheDocument();
    expect(ok).toHaveTextContent(/^The data file is soundChecked at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} in [\d.]+ seconds: no problems found\.$/);
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled();
  });

  it('shows a damaged file as an alert with SQLite’s own words and what to do (vi)', async () => {
    const problems = ['*** in database main ***\nTree 12 page 345: btreeInitPage() returns error code 11', 'row 3 missing from index meetings_start'];
    renderWithApp(<IntegritySection />, { transport: scripted({ ...base, state: 'done', ok: false, problems, ms: 812, startedAt: '2026-11-21T02:59:00.000Z', finishedAt: '2026-11-21T03:00:00.000Z' }) });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Tệp dữ liệu bị lỗi')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Đừng nhập thêm dữ liệu: hãy khôi phục từ bản sao lưu gần nhất');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(problems);
  });

  it('tells a check that could not run from a damaged file (en)', async () => {
    const error = { vi: 'Không chạy được việc kiểm tra tệp dữ liệu do một lỗi ngoài dự kiến.', en: 'The check of the data file could not run because of an unexpected error.' };
    renderWithApp(<IntegritySection />, { transport: scripted({ ...base, state: 'failed', error, startedAt: '2026-11-21T03:00:00.000Z', finishedAt: '2026-11-21T03:00:01.000Z' }), language: 'en' });
    const failed = await screen.findByTestId('integrity-failed');
    expect(failed).toHaveTextContent('The check could not run');
    expect(failed).toHaveTextContent('The check of the data file could not run because of an unexpected error.');
    expect(screen.queryByTestId('integrity-damaged')).not.toBeInTheDocument();
  });
});
