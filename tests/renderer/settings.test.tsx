import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { exportFolderProblem } from '../../renderer/components/settings/ExportFolderForm';
import { SettingsPage } from '../../renderer/pages/Settings.page';
import { createAppTransport, renderWithApp } from '../helpers/render';
import { tempDir } from '../helpers/tmp';

const section = (name: string) => screen.getByRole('region', { name });

describe('the settings page', () => {
  it('shows where the data file is, with a copy button, and the versions and device id', async () => {
    const { app } = renderWithApp(<SettingsPage />);
    const data = await screen.findByTestId('data-file');
    expect(data).toHaveTextContent(app!.ctx.dataFile);
    expect(within(data).getByRole('button', { name: 'Sao chép đường dẫn' })).toBeInTheDocument();
    const about = within(section('Thông tin ứng dụng')).getByTestId('app-info');
    const info = app!.call('app.info', {});
    expect(within(about).getByRole('rowheader', { name: 'Phiên bản ứng dụng' }).closest('tr')).toHaveTextContent(info.appVersion);
    expect(within(about).getByRole('rowheader', { name: 'Phiên bản cấu trúc dữ liệu' }).closest('tr')).toHaveTextContent(String(info.schemaVersion));
    expect(within(about).getByRole('rowheader', { name: 'Phiên bản dữ liệu tham chiếu' }).closest('tr')).toHaveTextContent(String(info.referenceVersion));
    expect(within(about).getByRole('rowheader', { name: 'Mã thiết bị' }).closest('tr')).toHaveTextContent(info.deviceId);
    expect(screen.getByTestId('sample-state')).toHaveTextContent(`Dữ liệu mẫu đang có: phiên bản ${String(info.sampleVersion)}.`);
  });

  it('checks the export folder before saving it, then saves it', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<SettingsPage />);
    const input = await screen.findByRole('textbox', { name: 'Đường dẫn thư mục' });
    await user.type(input, 'ASOEN\\Xuat');
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    expect(await screen.findByText(/Hãy nhập đường dẫn đầy đủ/)).toBeInTheDocument();
    expect(app!.call('settings.get', {}).exportFolder).toBeNull();

    // A drive of Windows on this Linux machine: the server says so, and nothing is saved.
    await user.clear(input);
    await user.type(input, 'D:\\ASOEN\\Xuat');
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    expect(await screen.findByText(/là đường dẫn của Windows; máy tính này chạy Linux/)).toBeInTheDocument();
    expect(app!.call('settings.get', {}).exportFolder).toBeNull();

    // A folder of this computer that exists is saved.
    const folder = path.join(tempDir('asoen-settings-ui-'), 'Xuất tệp');
    mkdirSync(folder);
    await user.clear(input);
    await user.type(input, folder);
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    expect(await screen.findByText('Đã lưu thư mục xuất tệp.')).toBeInTheDocument();
    expect(app!.call('settings.get', {}).exportFolder).toBe(folder);
    expect(await screen.findByText(`Đang dùng: ${folder}`)).toBeInTheDocument();

    // Emptied, it is removed: every export will ask.
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    await waitFor(() => expect(app!.call('settings.get', {}).exportFolder).toBeNull());
  });

  it('shows why a folder is refused beside the field, and offers to create a missing one, then saves it', async () => {
    const user = userEvent.setup();
    const { app, i18n } = renderWithApp(<SettingsPage />);
    const input = await screen.findByRole('textbox', { name: 'Đường dẫn thư mục' });
    const missing = path.join(tempDir('asoen-settings-create-'), 'Xuất 2026');
    await user.type(input, missing);
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    // The reason is the field's own error (read with the field), not a banner elsewhere.
    const reason = await screen.findByText(`Thư mục ${missing} không tồn tại. Hãy tạo thư mục hoặc chọn thư mục khác.`);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby') ?? '').toContain(reason.id || reason.closest('[id]')!.id);
    expect(app!.call('settings.get', {}).exportFolder).toBeNull();
    const offer = screen.getByTestId('create-folder-offer');
    expect(offer).toHaveTextContent(`Ứng dụng sẽ tạo đúng thư mục ${missing}`);
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText(`The folder ${missing} does not exist. Create it or choose another folder.`)).toBeInTheDocument();
    await act(() => i18n.changeLanguage('vi'));

    await user.click(within(offer).getByRole('button', { name: 'Tạo thư mục này' }));
    expect(await screen.findByText(`Đã tạo và lưu thư mục xuất tệp ${missing}.`)).toBeInTheDocument();
    expect(existsSync(missing)).toBe(true);
    expect(app!.call('settings.get', {}).exportFolder).toBe(missing);
    expect(screen.queryByTestId('create-folder-offer')).not.toBeInTheDocument();
    expect(await screen.findByText(`Đang dùng: ${missing}`)).toBeInTheDocument();

    // A file is refused with its reason, and nothing to create is offered.
    const file = path.join(missing, 'ghi-chu.txt');
    writeFileSync(file, 'x');
    await user.clear(input);
    await user.type(input, file);
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    expect(await screen.findByText(`${file} là một tệp, không phải thư mục. Hãy chọn thư mục chứa nó.`)).toBeInTheDocument();
    expect(screen.queryByTestId('create-folder-offer')).not.toBeInTheDocument();
    expect(app!.call('settings.get', {}).exportFolder).toBe(missing);
  });

  it('in the desktop app, Browse… opens the native folder dialog where the field points and fills it in', async () => {
    const user = userEvent.setup();
    const chosen = path.join(tempDir('asoen-settings-ui-'), 'Chia sẻ', 'ASOEN');
    mkdirSync(chosen, { recursive: true });
    const choose = vi.fn(async () => ({ ok: true as const, value: { path: chosen } }));
    const win = window as Window & { api?: unknown };
    win.api = { choose };
    try {
      const { app } = renderWithApp(<SettingsPage />);
      const input = await screen.findByRole('textbox', { name: 'Đường dẫn thư mục' });
      await user.type(input, 'D:\\ASOEN');
      // The export folder's own Browse… (the exchange folder has one too).
      await user.click(within(screen.getByRole('region', { name: 'Thư mục xuất tệp' })).getByRole('button', { name: 'Chọn…' }));
      expect(choose).toHaveBeenCalledExactlyOnceWith({ kind: 'folder', title: 'Chọn thư mục', defaultPath: 'D:\\ASOEN' });
      await waitFor(() => expect(input).toHaveValue(chosen));
      await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
      await waitFor(() => expect(app!.call('settings.get', {}).exportFolder).toBe(chosen));
    } finally {
      delete win.api;
    }
  });

  it('in the browser mode there is no Browse… button: the path is typed', async () => {
    renderWithApp(<SettingsPage />);
    await screen.findByRole('textbox', { name: 'Đường dẫn thư mục' });
    expect(screen.queryByRole('button', { name: 'Chọn…' })).toBeNull();
  });

  it('translates the path message already on screen when the language changes', async () => {
    const user = userEvent.setup();
    const { i18n } = renderWithApp(<App />, { route: '/settings' });
    const input = await screen.findByRole('textbox', { name: 'Đường dẫn thư mục' });
    await user.type(input, 'tuong-doi');
    await user.click(screen.getByRole('button', { name: 'Lưu thư mục' }));
    await screen.findByText(/Hãy nhập đường dẫn đầy đủ/);
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(screen.getByText(/Type a full path/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Folder path' })).toHaveValue('tuong-doi');
    expect(window.location.hash).toBe('#/settings');
  });

  it('removes the sample data after a confirmation that says real data is not touched', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<SettingsPage />);
    await screen.findByTestId('sample-state');
    const before = app!.call('people.list', { limit: 500 }).items.length;
    expect(before).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Gỡ dữ liệu mẫu' }));
    const modal = await screen.findByRole('dialog', { name: 'Gỡ dữ liệu mẫu?' });
    expect(modal).toHaveTextContent('Dữ liệu thật do bạn nhập không bị động đến.');
    await user.click(within(modal).getByRole('button', { name: 'Gỡ dữ liệu mẫu' }));
    expect(await screen.findByText(/^Đã gỡ dữ liệu mẫu: \d+ mục\.$/)).toBeInTheDocument();
    expect(app!.call('people.list', { limit: 500 }).items).toHaveLength(0);
    await waitFor(() => expect(screen.getByTestId('sample-state')).toHaveTextContent('Chưa tải dữ liệu mẫu.'));

    // And back.
    await user.click(screen.getByRole('button', { name: 'Tải dữ liệu mẫu' }));
    await waitFor(() => expect(screen.getByTestId('sample-state')).toHaveTextContent('Dữ liệu mẫu đang có'));
  });

  it('shows the application’s message when real data refers to the sample', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const dong = app.call('people.list', { q: 'Nguyễn Văn Đông', limit: 5 }).items[0]!;
    app.call('actionItems.create', { title: 'Việc thật giao cho người mẫu', ownerPersonId: dong.id });
    renderWithApp(<SettingsPage />, { transport });
    await screen.findByTestId('sample-state');
    await user.click(screen.getByRole('button', { name: 'Gỡ dữ liệu mẫu' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Gỡ dữ liệu mẫu?' })).getByRole('button', { name: 'Gỡ dữ liệu mẫu' }));
    const error = await screen.findByTestId('sample-remove-error');
    expect(error).toHaveTextContent('Không gỡ được dữ liệu mẫu');
    expect(error).toHaveTextContent('Chưa gỡ được dữ liệu mẫu vì dữ liệu thật đang tham chiếu tới nó');
    expect(app.call('people.get', { id: dong.id }).fullName).toBe('Nguyễn Văn Đông');
  });
});

describe('export folder paths', () => {
  it('accepts full paths on Windows shares and drives and on POSIX, and nothing else', () => {
    expect(exportFolderProblem('')).toBeNull();
    expect(exportFolderProblem('D:\\ASOEN\\Xuat')).toBeNull();
    expect(exportFolderProblem('\\\\may-chu\\chia-se\\ASOEN')).toBeNull();
    expect(exportFolderProblem('/home/asoen/xuat')).toBeNull();
    expect(exportFolderProblem('ASOEN')).toBe('notAbsolute');
    expect(exportFolderProblem('\\\\may-chu')).toBe('notAbsolute');
    expect(exportFolderProblem('D:\\ASOEN\\a?b')).toBe('invalidChars');
  });
});
