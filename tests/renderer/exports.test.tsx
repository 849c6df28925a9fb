// The export components against the real backend (in-process dispatcher, real files in a
// temporary folder), and the job hook against a scripted transport.
import { configureExports } from '../helpers/app';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope, ExportJob } from '../../electron/contract';
import { realFs, type ExportFs } from '../../electron/services/files/fs';
import { ApiProvider, createApiClient, type Transport } from '../../renderer/api';
import { AnnualReportButton, BackupPanel, ExportButton, ExportLog, proposedReportYear, useExportJob } from '../../renderer/components/exports';
import { faultFs } from '../helpers/faultfs';
import { createAppTransport, renderWithApp } from '../helpers/render';
import type { TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';
import axe from 'axe-core';

const root = tempDir('asoen-exports-ui-');
let n = 0;
const apps: TestApp[] = [];

/**
 * An app with the sample data and an export folder of its own. The sample's one delegation marked
 * Mật is unmarked unless `classified` is asked for: the question asked before writing classified
 * content has its own tests ('classified content').
 */
function appWithFolder(options: { folder?: boolean; classified?: boolean } = {}) {
  const { app, transport } = createAppTransport({ sample: true });
  apps.push(app);
  if (!options.classified) unmark(app);
  const folder = path.join(root, `case-${++n}`);
  mkdirSync(folder);
  if (options.folder !== false) app.call('settings.update', { exportFolder: folder });
  return { app, transport, folder };
}

function unmark(app: TestApp): void {
  for (const d of app.call('delegations.list', { limit: 50 }).items) {
    if (d.classification !== 'none') app.call('delegations.update', { id: d.id, version: d.version, changes: { classification: 'none' } });
  }
}

// Let every job end (and be recorded) before the app's database is closed.
afterEach(async () => {
  while (apps.length) await apps.pop()!.ctx.services.jobs.idle();
});

/** Writing the file waits this long: long enough to see the progress and cancel. */
function slowFs(ms: number): ExportFs {
  return {
    ...realFs,
    open: async (p, flags, mode) => {
      if (flags === 'wx') await new Promise((r) => setTimeout(r, ms));
      return realFs.open(p, flags, mode);
    },
  };
}

describe('classified content', () => {
  it('asks before writing a file that holds a delegation marked Mật: declined, nothing is written; confirmed, the file carries the marking', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder({ classified: true });
    renderWithApp(<ExportButton kind="tracker" input={{}} />, { transport });
    const exportVi = async () => {
      await user.click(screen.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Bản tiếng Việt' }));
    };
    await exportVi();
    const dialog = await screen.findByRole('dialog', { name: 'Tệp có nội dung mật' });
    expect(dialog).toHaveTextContent('Tệp này chứa 1 đoàn được đánh dấu MẬT');
    await user.click(within(dialog).getByRole('button', { name: 'Không ghi' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Tệp có nội dung mật' })).toBeNull());
    expect(readdirSync(folder)).toEqual([]);
    expect(app.call('exports.list', { limit: 5 }).items).toEqual([]);
    expect(screen.queryByText('Chưa xuất được tệp')).toBeNull();
    expect(screen.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' })).not.toHaveAttribute('aria-disabled');

    await exportVi();
    await user.click(within(await screen.findByRole('dialog', { name: 'Tệp có nội dung mật' })).getByRole('button', { name: 'Vẫn ghi tệp, mang dấu Mật' }));
    const done = await screen.findByTestId('export-done');
    const record = app.call('exports.list', { limit: 1 }).items[0]!;
    expect(record.fileName).toMatch(/^MẬT - .*\.xlsx$/);
    expect(done).toHaveTextContent(`Tệp: ${record.fileName}`);
    expect(existsSync(path.join(folder, record.fileName!))).toBe(true);
  });

  it('asks in English before a backup, which holds everything', async () => {
    const user = userEvent.setup();
    const { app, transport } = appWithFolder({ classified: true });
    renderWithApp(<ExportButton kind="backup" />, { transport, language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Create backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'The file holds classified content' });
    expect(dialog).toHaveTextContent('The backup holds all the data, including 1 delegation marked CONFIDENTIAL (MẬT)');
    await user.click(within(dialog).getByRole('button', { name: 'Write it, marked Confidential (Mật)' }));
    await screen.findByTestId('export-done');
    expect(app.call('exports.list', { limit: 1 }).items[0]!.fileName).toMatch(/^MẬT - ASOEN Desk backup /);
  });
});

describe('ExportButton', () => {
  it('exports the tracker in the chosen language and names the file and folder, with Copy path', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    renderWithApp(<ExportButton kind="tracker" input={{ filter: { status: ['open'] } }} />, { transport });
    await user.click(screen.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Bản tiếng Việt' }));

    // The file's first export loads the Excel writer: on a loaded machine that alone passed 8 s.
    const done = await screen.findByTestId('export-done', {}, { timeout: 30_000 });
    const record = app.call('exports.list', { limit: 1 }).items[0]!;
    expect(record).toMatchObject({ kind: 'tracker', status: 'done', language: 'vi', folder });
    expect(record.fileName).toMatch(/\.xlsx$/);
    expect(done).toHaveTextContent(`Tệp: ${record.fileName}`);
    expect(done).toHaveTextContent(`Thư mục: ${folder}`);
    expect(screen.getByText('Đã lưu tệp')).toBeInTheDocument();
    expect(existsSync(path.join(folder, record.fileName!))).toBe(true);
    expect(record.params).toMatchObject({ filter: { status: ['open'] } });

    await user.click(within(done).getByRole('button', { name: 'Sao chép đường dẫn' }));
    expect(await navigator.clipboard.readText()).toBe(path.join(folder, record.fileName!));
    expect(within(done).getByRole('button', { name: 'Đã sao chép' })).toBeInTheDocument();
    // Back to a usable button.
    expect(screen.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' })).not.toHaveAttribute('aria-disabled');
  });

  it('exporting again keeps the first file and says which name the new one got', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    renderWithApp(<ExportButton kind="tracker" input={{}} />, { transport });
    const exportVi = async () => {
      await user.click(screen.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Bản tiếng Việt' }));
    };
    await exportVi();
    await screen.findByTestId('export-done');
    const first = app.call('exports.list', { limit: 1 }).items[0]!.fileName!;
    writeFileSync(path.join(folder, first), 'EDITED');
    await exportVi();
    const versioned = await screen.findByTestId('export-versioned');
    const second = app.call('exports.list', { limit: 1 }).items[0]!.fileName!;
    expect(second).toBe(first.replace(/\.xlsx$/, ' (2).xlsx'));
    expect(versioned).toHaveTextContent(`Trong thư mục đã có tệp “${first}”: tệp đó được giữ nguyên, tệp mới được lưu với tên “${second}”.`);
    expect(readdirSync(folder).sort()).toEqual([first, second].sort());
  });

  it('a third export names the file it wrote and the latest earlier one that was kept', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    renderWithApp(<ExportButton kind="tracker" input={{}} />, { transport, language: 'en' });
    const exportEn = async () => {
      await user.click(screen.getByRole('button', { name: 'Export tracker (Excel)' }));
      await user.click(await screen.findByRole('menuitem', { name: 'English version' }));
    };
    await exportEn();
    await screen.findByTestId('export-done');
    await exportEn();
    await waitFor(() => expect(screen.getAllByTestId('export-versioned')).toHaveLength(1));
    await exportEn();
    await waitFor(() => expect(screen.getAllByTestId('export-versioned')).toHaveLength(2));
    const names = app.call('exports.list', { limit: 3 }).items.map((x) => x.fileName!);
    const [third, second, first] = names as [string, string, string];
    expect(third).toBe(first.replace(/\.xlsx$/, ' (3).xlsx'));
    const message = screen.getAllByTestId('export-versioned').at(-1)!;
    expect(message).toHaveTextContent(`The folder already has “${first}” … “${second}”: they were kept as they are, and the new file was saved as “${third}”.`);
    expect(readdirSync(folder).sort()).toEqual([first, second, third].sort());
  });

  it('without an export folder, says so in the current language and links to Settings', async () => {
    const user = userEvent.setup();
    const { app, transport } = appWithFolder({ folder: false });
    const { i18n } = renderWithApp(<ExportButton kind="calendar" />, { transport, language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English version' }));

    const failed = await screen.findByTestId('export-failed');
    expect(screen.getByText('The export did not succeed')).toBeInTheDocument();
    expect(failed).toHaveTextContent('No export folder is chosen');
    const link = within(failed).getByRole('link', { name: 'Open Settings to choose the export folder' });
    expect(link).toHaveAttribute('href', '#/settings');
    // The message follows a language switch while it is on screen.
    await act(async () => {
      await i18n.changeLanguage('vi');
    });
    expect(failed).toHaveTextContent('Chưa chọn thư mục xuất tệp');
    expect(within(failed).getByRole('link', { name: 'Mở Cài đặt để chọn thư mục xuất tệp' })).toBeInTheDocument();
    await user.click(within(failed).getByRole('link', { name: 'Mở Cài đặt để chọn thư mục xuất tệp' }));
    expect(window.location.hash).toBe('#/settings');
    await waitFor(() => expect(screen.queryByTestId('export-failed')).not.toBeInTheDocument());
    // Nothing was started, so nothing is recorded.
    expect(app.call('exports.list', { limit: 5 }).items).toHaveLength(0);
  });

  it('shows the progress of a slow export and cancels it: no file, recorded as cancelled', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    configureExports(app, { fs: slowFs(1500) });
    const spy: Array<string> = [];
    const spying: Transport = (method, input) => {
      spy.push(method);
      return transport(method, input);
    };
    renderWithApp(<ExportButton kind="csv" input={{ list: 'meetings', language: 'vi' }} />, { transport: spying });
    // One choice: the button starts at once.
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));

    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ xuất tệp' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Đang ghi tệp…'));
    expect(Number(bar.getAttribute('aria-valuenow'))).toBe(60);
    expect(screen.getByRole('button', { name: 'Xuất CSV' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Hủy' }));

    expect(await screen.findByText('Đã hủy theo yêu cầu; không có tệp nào được ghi.')).toBeInTheDocument();
    expect(spy).toContain('jobs.cancel');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(readdirSync(folder)).toEqual([]);
    expect(app.call('exports.list', { limit: 1 }).items[0]).toMatchObject({ kind: 'csv', status: 'cancelled' });
  });

  it('saves to another folder for one export, after checking the path', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    const other = path.join(root, `other-${++n}`);
    mkdirSync(other);
    renderWithApp(<ExportButton kind="csv" />, { transport });
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    // Without a list, the menu offers the lists in both languages.
    expect(screen.getByRole('menuitem', { name: 'Đoàn tham dự – tiếng Anh' })).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Lưu vào thư mục khác…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Lưu vào thư mục khác' });
    const input = within(dialog).getByRole('textbox', { name: /Thư mục lưu tệp/ });
    expect(input).toHaveFocus();
    await user.type(input, 'tuong-doi');
    await user.click(within(dialog).getByRole('button', { name: 'Xuất vào thư mục này' }));
    expect(await within(dialog).findByText(/Hãy nhập đường dẫn đầy đủ/)).toBeInTheDocument();

    await user.clear(input);
    await user.click(input);
    await user.paste(other);
    await user.click(within(dialog).getByRole('radio', { name: 'Cuộc họp – tiếng Anh' }));
    await user.click(within(dialog).getByRole('button', { name: 'Xuất vào thư mục này' }));
    const done = await screen.findByTestId('export-done');
    expect(done).toHaveTextContent(`Thư mục: ${other}`);
    const record = app.call('exports.list', { limit: 1 }).items[0]!;
    expect(record).toMatchObject({ kind: 'csv', language: 'en', folder: other, params: { list: 'meetings' } });
    expect(readdirSync(other)).toEqual([record.fileName]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('says when the file went under a new name because one of that name (open elsewhere) was there', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    const target = path.join(folder, 'Meetings 2026-11-21.csv');
    writeFileSync(target, 'OLD');
    configureExports(app, { fs: faultFs(undefined, { heldOpen: (p) => p === target }), retry: { attempts: 2, delayMs: 1 } });
    renderWithApp(<ExportButton kind="csv" input={{ list: 'meetings', language: 'en' }} />, { transport, language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const done = await screen.findByTestId('export-done');
    expect(done).toHaveTextContent('File: Meetings 2026-11-21 (2).csv');
    expect(done).toHaveTextContent('The folder already has “Meetings 2026-11-21.csv”: it was kept as it is, and the new file was saved as “Meetings 2026-11-21 (2).csv”.');
  });
});

describe('AnnualReportButton', () => {
  it('proposes last year in January–March and this year after, from the office day', () => {
    expect(proposedReportYear('2027-01-01')).toBe(2026);
    expect(proposedReportYear('2027-03-31')).toBe(2026);
    expect(proposedReportYear('2027-04-01')).toBe(2027);
    expect(proposedReportYear('2026-11-21')).toBe(2026);
  });

  it('asks for the year, proposing one, and names the year in the result', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    renderWithApp(<AnnualReportButton />, { transport });
    await user.click(screen.getByRole('button', { name: 'Xuất báo cáo tổng kết…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xuất báo cáo tổng kết năm' });
    const year = within(dialog).getByRole('combobox', { name: 'Năm báo cáo' });
    // The office day of the tests is 21/11/2026: this year's report.
    expect(year).toHaveValue('2026');
    expect(app.call('exports.list', { limit: 1 }).items).toEqual([]);
    await user.click(year);
    await user.click(await screen.findByRole('option', { name: '2024' }));
    await user.click(within(dialog).getByRole('button', { name: 'Xuất báo cáo năm 2024' }));
    // Then its frame, proposed from this laptop's defaults: a report's symbol, the number left for the clerk.
    const frame = await screen.findByRole('dialog', { name: 'Khung văn bản: báo cáo tổng kết' });
    expect(await within(frame).findByRole('textbox', { name: /^Ký hiệu/ })).toHaveValue('BC-VPASEAN');
    await user.click(within(frame).getByRole('button', { name: 'Xuất văn bản' }));
    expect(await screen.findByText('Đã lưu báo cáo tổng kết năm 2024')).toBeInTheDocument();
    const record = app.call('exports.list', { limit: 1 }).items[0]!;
    expect(record).toMatchObject({ kind: 'annual_report', year: 2024, language: 'vi', status: 'done', folder });
    expect(screen.getByTestId('export-done')).toHaveTextContent(record.fileName!);
  });

  it('in February proposes last year', async () => {
    const user = userEvent.setup();
    const { transport } = createAppTransport({ sample: true, now: () => new Date('2027-02-10T03:00:00.000Z') });
    renderWithApp(<AnnualReportButton />, { transport, language: 'en', clock: () => new Date('2027-02-10T03:00:00.000Z') });
    await user.click(screen.getByRole('button', { name: 'Export annual report…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the annual report' });
    expect(within(dialog).getByRole('combobox', { name: 'Year of the report' })).toHaveValue('2026');
    expect(within(dialog).getByRole('button', { name: 'Export the 2026 report' })).toBeInTheDocument();
  });
});

describe('ExportLog', () => {
  it('lists the exports newest first with file, folder, time, size and result, and pages with Load more', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    // Three done, one failed (a folder that does not exist).
    const missing = path.join(root, 'no-such-share');
    for (const input of [{ list: 'meetings' as const, language: 'vi' as const }, { list: 'delegations' as const, language: 'en' as const }]) {
      const job = app.call('exports.csv', input);
      await app.ctx.services.jobs.wait(job.jobId);
    }
    await app.ctx.services.jobs.wait(app.call('exports.annualReport', { year: 2025, language: 'vi' }).jobId);
    await app.ctx.services.jobs.wait(app.call('exports.tracker', { language: 'vi', folder: missing }).jobId);

    renderWithApp(<ExportLog pageSize={3} />, { transport });
    const table = await screen.findByRole('table', { name: 'Các lần xuất tệp, mới nhất ở trên' });
    let rows = within(table).getAllByTestId('export-log-row');
    expect(rows).toHaveLength(3);
    const records = app.call('exports.list', { limit: 10 }).items;
    expect(rows[0]).toHaveTextContent('Bảng theo dõi');
    expect(rows[0]).toHaveTextContent('Lỗi');
    expect(rows[0]).toHaveTextContent(records[0]!.error!);
    expect(rows[0]).toHaveTextContent(`Thư mục: ${missing}`);
    expect(rows[1]).toHaveTextContent('Báo cáo tổng kết năm 2025');
    expect(rows[1]).toHaveTextContent('DOCX · tiếng Việt');
    expect(rows[1]).toHaveTextContent(records[1]!.fileName!);
    expect(rows[1]).toHaveTextContent('Thành công');
    expect(rows[1]).toHaveTextContent(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(rows[1]).toHaveTextContent(/\d+(,\d)? KB/);
    expect(rows[2]).toHaveTextContent('Tệp CSV: Đoàn tham dự');
    expect(rows[2]).toHaveTextContent(`Thư mục: ${folder}`);

    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(within(table).getAllByTestId('export-log-row')).toHaveLength(4));
    rows = within(table).getAllByTestId('export-log-row');
    expect(rows[3]).toHaveTextContent('Tệp CSV: Cuộc họp');
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
  });

  it('adds an export made on the same screen, and says what to do when there is none', async () => {
    const user = userEvent.setup();
    const { transport } = appWithFolder();
    renderWithApp(
      <>
        <ExportButton kind="calendar" input={{ language: 'vi' }} />
        <ExportLog />
      </>,
      { transport },
    );
    expect(await screen.findByTestId('export-log-empty')).toHaveTextContent('Chưa có lần xuất tệp nào.');
    await user.click(screen.getByRole('button', { name: 'Xuất lịch (.ics)' }));
    await screen.findByTestId('export-done');
    const row = await screen.findByTestId('export-log-row');
    expect(row).toHaveTextContent('Lịch cuộc họp');
    expect(row).toHaveTextContent('ICS · tiếng Việt');
  });

  it('shows only the exports of one meeting', async () => {
    const { app, transport } = appWithFolder();
    const [m1, m2] = app.call('meetings.list', { limit: 2 }).items;
    await app.ctx.services.jobs.wait(app.call('exports.briefing', { meetingId: m1!.id, language: 'vi' }).jobId);
    await app.ctx.services.jobs.wait(app.call('exports.briefing', { meetingId: m2!.id, language: 'en' }).jobId);
    renderWithApp(<ExportLog meetingId={m2!.id} />, { transport });
    const row = await screen.findByTestId('export-log-row');
    expect(screen.getAllByTestId('export-log-row')).toHaveLength(1);
    expect(row).toHaveTextContent('Đề cương tham dự');
    expect(row).toHaveTextContent('tiếng Anh');
  });
});

describe('BackupPanel', () => {
  it('creates a backup now and lists it in the backup log', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    renderWithApp(<BackupPanel onRestored={() => undefined} />, { transport });
    expect(await screen.findByText(/Chưa có bản sao lưu nào/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tạo bản sao lưu ngay' }));
    const done = await screen.findByTestId('export-done');
    expect(screen.getByText('Đã tạo bản sao lưu')).toBeInTheDocument();
    const record = app.call('exports.list', { limit: 1, kind: 'backup' }).items[0]!;
    expect(record.fileName).toMatch(/^ASOEN Desk backup .*\.sqlite$/);
    expect(done).toHaveTextContent(record.fileName!);
    expect(existsSync(path.join(folder, record.fileName!))).toBe(true);
    const row = await screen.findByTestId('export-log-row');
    expect(row).toHaveTextContent('Sao lưu đầy đủ');
    expect(row).toHaveTextContent(record.fileName!);
    expect(screen.getByRole('table', { name: 'Các lần sao lưu và khôi phục, mới nhất ở trên' })).toBeInTheDocument();
    // The first backup to the folder is full, and says that later ones will write only the changes.
    expect(done).toHaveTextContent('Bản sao lưu đầy đủ, lần đầu vào thư mục này.');
    // The next one writes only what changed, and names the full backup it needs.
    const person = app.call('people.list', { limit: 1 }).items[0]!;
    app.call('people.update', { id: person.id, version: person.version, changes: { fullName: 'Tên đổi sau khi sao lưu' } });
    await user.click(screen.getByRole('button', { name: 'Tạo bản sao lưu ngay' }));
    await waitFor(() => expect(screen.getAllByTestId('export-done')).toHaveLength(2));
    const second = app.call('exports.list', { limit: 1, kind: 'backup' }).items[0]!;
    expect(second.fileName).toMatch(/ changes\.sqlite$/);
    const changes = screen.getAllByTestId('backup-mode').map((e) => e.textContent ?? '');
    expect(changes.some((text) => text.startsWith('Chỉ ghi những gì thay đổi kể từ lần sao lưu trước vào thư mục này') && text.includes(record.fileName!))).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('export-log-row')[0]).toHaveTextContent('Sao lưu các thay đổi'));
    // Or a whole file, asked for from the button's menu.
    await user.click(screen.getByRole('button', { name: 'Tùy chọn khác: Tạo bản sao lưu ngay' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sao lưu đầy đủ (một tệp độc lập)' }));
    await waitFor(() => expect(screen.getAllByTestId('export-done')).toHaveLength(3));
    expect(screen.getAllByTestId('backup-mode').some((e) => e.textContent === 'Bản sao lưu đầy đủ, như đã chọn: một tệp tự đủ để khôi phục.')).toBe(true);
  });

  it('restores only after a confirmation that the current data is kept first, then offers to reload', async () => {
    const user = userEvent.setup();
    const { app, transport, folder } = appWithFolder();
    const backup = app.call('backup.create', {});
    const backupFile = (await app.ctx.services.jobs.wait(backup.jobId)).result!.file;
    // A change after the backup, which the restore takes back.
    const person = app.call('people.list', { limit: 1 }).items[0]!;
    app.call('people.update', { id: person.id, version: person.version, changes: { fullName: 'Tên đổi sau khi sao lưu' } });
    const onRestored = vi.fn();

    renderWithApp(<BackupPanel onRestored={onRestored} />, { transport });
    await user.click(await screen.findByRole('button', { name: 'Khôi phục từ tệp sao lưu…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục dữ liệu từ tệp sao lưu' });
    expect(dialog).toHaveTextContent('Toàn bộ dữ liệu hiện tại sẽ được thay thế');
    expect(dialog).toHaveTextContent('ứng dụng tự lưu một bản sao của dữ liệu hiện tại');
    const input = within(dialog).getByRole('textbox', { name: /Tệp sao lưu/ });
    expect(input).toHaveFocus();

    // Neither a relative path nor an unconfirmed restore goes through.
    await user.type(input, 'backup.sqlite');
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu' }));
    expect(await within(dialog).findByText(/Hãy nhập đường dẫn đầy đủ của tệp/)).toBeInTheDocument();
    expect(within(dialog).getByText('Hãy đánh dấu ô xác nhận trước khi khôi phục.')).toBeInTheDocument();

    // A file that is not there: the backend's message, and the data untouched.
    await user.clear(input);
    await user.click(input);
    await user.paste(path.join(folder, 'khong-co.sqlite'));
    await user.click(within(dialog).getByRole('checkbox', { name: /Tôi hiểu rằng dữ liệu hiện tại/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu' }));
    expect(await within(dialog).findByText('Không khôi phục được')).toBeInTheDocument();
    expect(app.call('people.get', { id: person.id }).fullName).toBe('Tên đổi sau khi sao lưu');

    await user.clear(input);
    await user.click(input);
    await user.paste(backupFile);
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu' }));
    const done = await within(dialog).findByTestId('restore-done', {}, { timeout: 15_000 });
    expect(done).toHaveTextContent('Dữ liệu đã được khôi phục từ tệp sao lưu.');
    const restore = app.call('exports.list', { limit: 1, kind: 'backup' }).items[0]!;
    expect(restore).toMatchObject({ status: 'done', params: { operation: 'restore', source: backupFile } });
    expect(done).toHaveTextContent(`Bản sao của dữ liệu trước khi khôi phục: ${path.join(restore.folder, restore.fileName!)}`);
    expect(app.call('people.get', { id: person.id }).fullName).toBe(person.fullName);
    const reload = within(dialog).getByRole('button', { name: 'Tải lại ứng dụng' });
    expect(reload).toHaveFocus();
    await user.click(reload);
    expect(onRestored).toHaveBeenCalledTimes(1);
    // The log shows the restore, with its source.
    await waitFor(() => expect(screen.getAllByTestId('export-log-row')[0]).toHaveTextContent('Khôi phục dữ liệu'));
    expect(screen.getAllByTestId('export-log-row')[0]).toHaveTextContent(`Khôi phục từ: ${backupFile}`);
  });
});

// The tags of tests/helpers/browser.ts (not imported: it brings the browser driver into jsdom).
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('accessibility (structure; jsdom cannot compute contrast, the browser tests do)', () => {
  const run = async (el: Element) => {
    let out: string[] = [];
    // Mantine's transitions may settle meanwhile: inside act, as a user's wait would be.
    await act(async () => {
      const r = await axe.run(el, { runOnly: { type: 'tag', values: WCAG_TAGS }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
      out = r.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
    });
    return out;
  };

  it.each(['vi', 'en'] as const)('has no axe violations in the button, its progress, the log and the restore dialog (%s)', async (language) => {
    const user = userEvent.setup();
    const { app, transport } = appWithFolder();
    await app.ctx.services.jobs.wait(app.call('backup.create', {}).jobId);
    await app.ctx.services.jobs.wait(app.call('exports.tracker', { language: 'vi', folder: path.join(root, 'missing') }).jobId);
    configureExports(app, { fs: slowFs(1500) });
    const { container } = renderWithApp(
      <>
        <ExportButton kind="annualReport" input={{ year: 2025 }} />
        <ExportLog />
        <BackupPanel onRestored={() => undefined} />
      </>,
      { transport, language },
    );
    await screen.findAllByTestId('export-log-row');
    const backupButton = screen.getByRole('button', { name: language === 'vi' ? 'Tạo bản sao lưu ngay' : 'Create backup now' });
    await user.click(backupButton);
    await screen.findByRole('progressbar');
    expect(await run(container)).toEqual([]);
    await screen.findByTestId('export-done', {}, { timeout: 8000 });
    expect(await run(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: language === 'vi' ? 'Khôi phục từ tệp sao lưu…' : 'Restore from a backup file…' }));
    await screen.findByRole('dialog');
    expect(await run(document.body)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// useExportJob against a scripted transport: the timing is ours.

function scripted(script: { statesUntilDone?: number; finish?: 'done' | 'failed'; startError?: Envelope<unknown> }) {
  const calls: Array<{ method: string; input: unknown }> = [];
  let polls = 0;
  let cancelled = false;
  const view = (state: ExportJob['state'], progress: number): ExportJob => ({
    jobId: 'job-1',
    exportId: '01900000-0000-7000-8000-000000000001',
    kind: 'tracker',
    state,
    stage: state === 'running' ? (progress < 0.5 ? 'rendering' : 'writing') : state,
    progress,
    startedAt: '2026-11-21T03:00:00.000Z',
    finishedAt: state === 'running' ? null : '2026-11-21T03:00:01.000Z',
    result: state === 'done' ? { file: '/x/T.xlsx', fileName: 'T.xlsx', folder: '/x', bytes: 10, sha256: null, exportId: '01900000-0000-7000-8000-000000000001', versioned: false } : null,
    error:
      state === 'failed'
        ? { code: 'VALIDATION', message: { vi: 'Không tìm thấy thư mục /x.', en: 'The folder /x was not found.' }, details: { kind: 'missing', errno: 'ENOENT', folder: '/x' } }
        : state === 'cancelled'
          ? { code: 'CONFLICT', message: { vi: 'Đã hủy.', en: 'Cancelled.' }, details: { kind: 'cancelled' } }
          : null,
  });
  const transport: Transport = async (method, input) => {
    calls.push({ method, input });
    if (method === 'exports.tracker') return script.startError ?? { ok: true, value: view('running', 0) };
    if (method === 'jobs.cancel') {
      cancelled = true;
      return { ok: true, value: view('running', 0.3) };
    }
    if (method === 'jobs.status') {
      polls += 1;
      if (cancelled) return { ok: true, value: view('cancelled', 0.3) };
      if (polls >= (script.statesUntilDone ?? 3)) return { ok: true, value: view(script.finish ?? 'done', 1) };
      return { ok: true, value: view('running', polls / 10 + 0.1) };
    }
    throw new Error(`unexpected ${method}`);
  };
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={createApiClient(transport)}>{children}</ApiProvider>;
  return { calls, wrapper, polls: () => polls };
}

describe('useExportJob', () => {
  it('polls jobs.status until the job ends and returns the result', async () => {
    const s = scripted({ statesUntilDone: 4 });
    const { result } = renderHook(() => useExportJob({ pollMs: 10, slowAfterMs: 10_000 }), { wrapper: s.wrapper });
    let settled: Awaited<ReturnType<typeof result.current.start>> | undefined;
    act(() => {
      void result.current.start('exports.tracker', { language: 'vi' }).then((v) => (settled = v));
    });
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(result.current.state.status).toBe('done'));
    expect(settled).toMatchObject({ status: 'done', result: { fileName: 'T.xlsx' } });
    expect(s.polls()).toBe(4);
    expect(s.calls.map((c) => c.method)).toEqual(['exports.tracker', 'jobs.status', 'jobs.status', 'jobs.status', 'jobs.status']);
    expect(result.current.busy).toBe(false);
    // Never slow enough for a progress bar.
    expect(result.current.showProgress).toBe(false);
  });

  it('shows progress only once the job is slow, with its stage', async () => {
    const s = scripted({ statesUntilDone: 1000 });
    const { result } = renderHook(() => useExportJob({ pollMs: 20, slowAfterMs: 150 }), { wrapper: s.wrapper });
    act(() => {
      void result.current.start('exports.tracker', { language: 'vi' });
    });
    expect(result.current.showProgress).toBe(false);
    await waitFor(() => expect(result.current.showProgress).toBe(true));
    expect(result.current.stage).toMatch(/rendering|writing/);
    expect(result.current.progress).toBeGreaterThan(0);
    act(() => result.current.cancel());
    await waitFor(() => expect(result.current.state.status).toBe('cancelled'));
    expect(result.current.showProgress).toBe(false);
  });

  it('cancels a job asked to stop before its id arrived', async () => {
    const s = scripted({ statesUntilDone: 1000 });
    const { result } = renderHook(() => useExportJob({ pollMs: 10 }), { wrapper: s.wrapper });
    act(() => {
      void result.current.start('exports.tracker', { language: 'vi' });
      result.current.cancel();
    });
    await waitFor(() => expect(result.current.state.status).toBe('cancelled'));
    expect(s.calls.filter((c) => c.method === 'jobs.cancel')).toEqual([{ method: 'jobs.cancel', input: { jobId: 'job-1' } }]);
  });

  it('reports a job that failed on the folder, and a refused start, as failures the user can act on', async () => {
    const s = scripted({ statesUntilDone: 2, finish: 'failed' });
    const { result } = renderHook(() => useExportJob({ pollMs: 10 }), { wrapper: s.wrapper });
    act(() => {
      void result.current.start('exports.tracker', { language: 'vi' });
    });
    await waitFor(() => expect(result.current.state.status).toBe('failed'));
    const state = result.current.state;
    if (state.status !== 'failed') throw new Error('not failed');
    expect(state.failure).toEqual({ code: 'VALIDATION', messages: { vi: 'Không tìm thấy thư mục /x.', en: 'The folder /x was not found.' }, folderProblem: true });

    const refused = scripted({ startError: { ok: false, error: { code: 'VALIDATION', message: { vi: 'Chưa chọn thư mục', en: 'No folder' }, details: { field: 'folder' } } } });
    const second = renderHook(() => useExportJob({ pollMs: 10 }), { wrapper: refused.wrapper });
    let settled: unknown;
    await act(async () => {
      settled = await second.result.current.start('exports.tracker', { language: 'vi' });
    });
    expect(settled).toMatchObject({ status: 'failed', job: null, failure: { code: 'VALIDATION', folderProblem: true } });
    expect(refused.calls.map((c) => c.method)).toEqual(['exports.tracker']);
  });
});
