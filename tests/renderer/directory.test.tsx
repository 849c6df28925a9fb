import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { addMonths } from '../../common/clock';
import { passportState } from '../../common/passport';
import { DirectoryPage } from '../../renderer/pages/Directory.page';
import { createAppTransport, renderWithApp } from '../helpers/render';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens to it.


const treeItem = (code: string) => screen.getAllByTestId('agency-node').find((n) => n.dataset.code === code)?.closest('[role=treeitem]') as HTMLElement | undefined;

describe('the directory: agencies', () => {
  it('shows the agencies as a tree, MONRE ceased and succeeded by the Ministry of Agriculture and Environment', async () => {
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    expect(screen.getByRole('heading', { level: 1, name: 'Danh bạ' })).toBeInTheDocument();
    const tree = await screen.findByRole('tree', { name: /Cây cơ quan/ });
    const gov = treeItem('GOV')!;
    expect(gov).toHaveAttribute('aria-expanded', 'true');
    const monre = treeItem('MONRE')!;
    const mae = treeItem('MAE')!;
    // Both ministries sit under the Government.
    expect(gov.contains(monre) && gov.contains(mae)).toBe(true);
    const monreLabel = within(monre).getAllByTestId('agency-node')[0]!;
    expect(monreLabel).toHaveTextContent('Bộ Tài nguyên và Môi trường');
    expect(monreLabel).toHaveTextContent('Từ 05/08/2002 đến 28/02/2025');
    expect(within(monreLabel).getByTestId('ceased-badge')).toHaveTextContent('Đã giải thể');
    expect(within(monreLabel).getByTestId('succession-note')).toHaveTextContent('→ Bộ NN&MT (01/03/2025, hợp nhất)');
    const maeLabel = within(mae).getAllByTestId('agency-node')[0]!;
    expect(maeLabel).toHaveTextContent('Bộ Nông nghiệp và Môi trường');
    expect(within(maeLabel).queryByTestId('ceased-badge')).not.toBeInTheDocument();
    // Units nest under their ministry.
    expect(within(monre).getAllByText('Vụ Hợp tác quốc tế').length).toBeGreaterThan(0);
    expect(tree).toBeInTheDocument();
  });

  it('shows an agency with its succession when chosen, and keeps the choice in the address', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    await screen.findByRole('tree');
    await user.click(within(treeItem('MONRE')!).getAllByTestId('agency-node')[0]!);
    const details = await screen.findByTestId('agency-details');
    expect(within(details).getByRole('heading', { name: 'Bộ Tài nguyên và Môi trường' })).toBeInTheDocument();
    const lines = within(details).getAllByTestId('succession-line').map((l) => l.textContent);
    expect(lines.some((l) => l?.startsWith('Bộ Tài nguyên và Môi trường → Bộ Nông nghiệp và Môi trường, 01/03/2025, hợp nhất'))).toBe(true);
    expect(window.location.hash).toMatch(/^#\/directory\?tab=agencies&id=[0-9a-f-]{36}$/);

    // Following the successor selects it.
    await user.click(within(details).getAllByRole('button', { name: 'Bộ Nông nghiệp và Môi trường' })[0]!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Bộ Nông nghiệp và Môi trường' })).toBeInTheDocument();
    expect(within(screen.getByTestId('agency-details')).getByText('Tiền thân')).toBeInTheDocument();
  });

  it('works with the keyboard: arrows move through the tree, Enter opens an agency', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    await screen.findByRole('tree');
    const first = screen.getAllByRole('treeitem')[0]!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute('role', 'treeitem');
    expect(focused).not.toBe(first);
    await user.keyboard('{Enter}');
    expect(focused).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('agency-details')).toBeInTheDocument();
  });

  it('hides the agencies that have ceased when asked', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    await screen.findByRole('tree');
    expect(treeItem('MONRE')).toBeDefined();
    await user.click(screen.getByRole('switch', { name: /^Ẩn các cơ quan đã giải thể/ }));
    await waitFor(() => expect(treeItem('MONRE')).toBeUndefined());
    expect(treeItem('MAE')).toBeDefined();
    expect(screen.queryAllByTestId('ceased-badge')).toHaveLength(0);
    // Shown again, the ceased branches come back open.
    await user.click(screen.getByRole('switch', { name: /^Ẩn các cơ quan đã giải thể/ }));
    await waitFor(() => expect(treeItem('MONRE')).toBeDefined());
    expect(treeItem('MONRE')).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens an agency from the address, as a search result does', async () => {
    const { app } = renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    const mae = app!.call('agencies.list', { q: 'MAE-ICD', limit: 5 }).items.find((a) => a.code === 'MAE-ICD')!;
    act(() => {
      window.location.hash = `#/directory?tab=agencies&id=${mae.id}`;
    });
    const details = await screen.findByTestId('agency-details');
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent('Vụ Hợp tác quốc tế');
    expect(within(details).getByText('MAE-ICD')).toBeInTheDocument();
  });

  it('creates a unit under an agency, checking the fields first', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    await screen.findByRole('tree');
    await user.click(within(treeItem('MAE')!).getAllByTestId('agency-node')[0]!);
    await user.click(await screen.findByRole('button', { name: 'Thêm đơn vị trực thuộc' }));
    const form = await screen.findByRole('dialog', { name: 'Thêm cơ quan' });
    // The parent is filled in.
    expect(within(form).getByRole('combobox', { name: 'Trực thuộc' })).toHaveValue('Bộ Nông nghiệp và Môi trường (Bộ NN&MT, MAE)');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getAllByText('Mục này bắt buộc phải có.').length).toBeGreaterThanOrEqual(3);

    await user.type(within(form).getByRole('textbox', { name: /^Mã/ }), 'MAE TEST');
    await user.type(within(form).getByRole('textbox', { name: /Tên tiếng Việt/ }), 'Cục Thử nghiệm');
    await user.type(within(form).getByRole('textbox', { name: /Tên tiếng Anh/ }), 'Test Department');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    // A space is not allowed in a code: said next to the field.
    expect(await within(form).findByText('Sai định dạng.')).toBeInTheDocument();
    const code = within(form).getByRole('textbox', { name: /^Mã/ });
    await user.clear(code);
    await user.type(code, 'MAE-TEST');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Thêm cơ quan' })).not.toBeInTheDocument());
    await waitFor(() => expect(treeItem('MAE-TEST')).toBeDefined());
    expect(treeItem('MAE')!.contains(treeItem('MAE-TEST')!)).toBe(true);
    expect(await screen.findByRole('heading', { level: 2, name: 'Cục Thử nghiệm' })).toBeInTheDocument();
  });

  it('asks before closing a form with changes', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    await screen.findByRole('tree');
    await user.click(screen.getByRole('button', { name: 'Thêm cơ quan' }));
    const form = await screen.findByRole('dialog', { name: 'Thêm cơ quan' });
    await user.type(within(form).getByRole('textbox', { name: /Tên tiếng Việt/ }), 'Bộ Mới');
    await user.click(within(form).getByRole('button', { name: 'Hủy' }));
    // The form is in a window: the question is about closing it, not leaving the page.
    const ask = await screen.findByRole('dialog', { name: 'Đóng mà không lưu?' });
    expect(ask).toHaveTextContent('Nếu đóng cửa sổ này bây giờ, các thay đổi này sẽ mất.');
    expect(within(ask).getByRole('button', { name: 'Đóng, bỏ thay đổi' })).toBeInTheDocument();
    await user.click(within(ask).getByRole('button', { name: 'Ở lại và tiếp tục sửa' }));
    expect(within(form).getByRole('textbox', { name: /Tên tiếng Việt/ })).toHaveValue('Bộ Mới');
  });
});

describe('the directory: people', () => {
  const rows = () => screen.queryAllByTestId('person-row');

  it('lists people with their agency, contacts and a passport warning that is not colour alone', async () => {
    const { app } = renderWithApp(<DirectoryPage params={{}} />, { route: '/directory?tab=people' });
    await screen.findAllByTestId('person-row');
    const people = app!.call('people.list', { limit: 500 }).items;
    expect(rows()).toHaveLength(people.length);
    const today = '2026-11-21';
    for (const p of people) {
      const row = rows().find((r) => r.dataset.personId === p.id)!;
      const state = passportState(p.passportExpiry, today);
      if (state === 'expired') expect(row).toHaveTextContent('Đã hết hạn');
      else if (state === 'soon') expect(row).toHaveTextContent('Còn dưới 6 tháng');
      else expect(row).not.toHaveTextContent(/Đã hết hạn|Còn dưới 6 tháng/);
    }
    // The sample has an expired passport (Phan Thị Ngọc Ánh, 15/10/2026).
    const anh = rows().find((r) => r.textContent?.includes('Phan Thị Ngọc Ánh'))!;
    expect(anh).toHaveTextContent('15/10/2026');
    expect(anh).toHaveTextContent('Đã hết hạn');
    expect(anh).toHaveTextContent('Cục Biến đổi khí hậu');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('searches on the server, without diacritics, keeping the query when the language changes', async () => {
    const user = userEvent.setup();
    const { i18n } = renderWithApp(<App />, { route: '/directory?tab=people' });
    await screen.findAllByTestId('person-row');
    const before = rows().length;
    await user.type(screen.getByRole('searchbox', { name: 'Tìm cán bộ' }), 'nguyen');
    await waitFor(() => expect(rows().length).toBeLessThan(before));
    for (const r of rows()) expect(r.textContent).toMatch(/Nguyễn/);
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(screen.getByRole('searchbox', { name: 'Find a person' })).toHaveValue('nguyen');
    expect(screen.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
    expect(rows().length).toBeLessThan(before);
    expect(window.location.hash).toBe('#/directory?tab=people');
  });

  it('adds a person, validating the e-mail, and finds them', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory?tab=people' });
    await screen.findAllByTestId('person-row');
    await user.click(screen.getByRole('button', { name: 'Thêm cán bộ' }));
    const form = await screen.findByRole('dialog', { name: 'Thêm cán bộ' });
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByText('Mục này bắt buộc phải có.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Họ và tên/ }), 'Vũ Thị Thử');
    await user.type(within(form).getByRole('textbox', { name: /Tên trên hộ chiếu/ }), 'VU THI THU');
    await user.type(within(form).getByRole('textbox', { name: 'Email' }), 'khong-phai-email');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Sai định dạng.')).toBeInTheDocument();
    const email = within(form).getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'vtthu@example.vn');
    const expiry = within(form).getByRole('textbox', { name: 'Ngày hết hạn hộ chiếu' });
    await user.type(expiry, '01/03/2027');
    fireEvent.blur(expiry);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Thêm cán bộ' })).not.toBeInTheDocument());

    // The new person opens, with the passport warning (under six months from 21/11/2026).
    const details = await screen.findByTestId('person-details');
    expect(details).toHaveTextContent('Vũ Thị Thử');
    expect(details).toHaveTextContent('01/03/2027');
    expect(details).toHaveTextContent('Còn dưới 6 tháng');
    await user.click(within(screen.getByRole('dialog', { name: 'Thông tin cán bộ' })).getByRole('button', { name: 'Đóng' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm cán bộ' }), 'vu thi thu');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Vũ Thị Thử');
  });

  it('refuses to delete a person who is in a delegation, with the application’s message', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<DirectoryPage params={{}} />, { route: '/directory?tab=people' });
    await screen.findAllByTestId('person-row');
    const dong = app!.call('people.list', { q: 'Nguyễn Văn Đông', limit: 5 }).items[0]!;
    // What the application says (the call fails, so nothing is deleted by asking).
    const refused = app!.raw('people.delete', { id: dong.id, version: dong.version });
    expect(refused.ok).toBe(false);
    const expected = refused.ok ? '' : refused.error.message.vi;
    expect(refused.ok ? null : refused.error.code).toBe('CONSTRAINT');
    const row = rows().find((r) => r.dataset.personId === dong.id)!;
    await user.click(within(row).getByRole('button', { name: 'Xóa “Nguyễn Văn Đông”' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa mục này?' });
    await user.click(within(confirm).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Không xóa được')).toBeInTheDocument();
    expect(screen.getByText(expected)).toBeInTheDocument();
    expect(rows().some((r) => r.dataset.personId === dong.id)).toBe(true);
  });

  it('deletes a person and brings them back with Undo', async () => {
    const user = userEvent.setup();
    const { app, transport } = createAppTransport({ sample: true });
    const created = app.call('people.create', { fullName: 'Lương Văn Xóa' });
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory?tab=people', transport });
    await screen.findAllByTestId('person-row');
    const row = await waitFor(() => {
      const r = rows().find((x) => x.dataset.personId === created.id);
      if (!r) throw new Error('not yet');
      return r;
    });
    await user.click(within(row).getByRole('button', { name: 'Xóa “Lương Văn Xóa”' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Xóa mục này?' })).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(rows().some((r) => r.dataset.personId === created.id)).toBe(false));
    await user.click(await screen.findByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(rows().some((r) => r.dataset.personId === created.id)).toBe(true));
  });

  it('says when a save lost to a newer version, and saves what was typed after loading it', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    const ha = app!.call('people.list', { q: 'thu ha', limit: 5 }).items[0]!;
    act(() => {
      window.location.hash = `#/directory?tab=people&id=${ha.id}`;
    });
    await screen.findByTestId('person-details');
    await user.click(screen.getByRole('button', { name: 'Sửa' }));
    const form = await screen.findByTestId('person-form');
    const phone = within(form).getByRole('textbox', { name: /Điện thoại/ });
    await user.clear(phone);
    await user.type(phone, '+84 24 3333 4444');
    // A colleague's change lands first.
    app!.call('people.update', { id: ha.id, version: ha.version, changes: { notes: 'Đổi từ máy khác' } });
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await user.click(await within(form).findByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(within(form).queryByTestId('conflict-notice')).toBeNull());
    expect(phone).toHaveValue('+84 24 3333 4444');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(app!.call('people.get', { id: ha.id })).toMatchObject({ phone: '+84 24 3333 4444', version: ha.version + 2 }));
  });

  it('opens a person from the address', async () => {
    const { app } = renderWithApp(<DirectoryPage params={{}} />, { route: '/directory' });
    const ha = app!.call('people.list', { q: 'thu ha', limit: 5 }).items[0]!;
    act(() => {
      window.location.hash = `#/directory?tab=people&id=${ha.id}`;
    });
    const details = await screen.findByTestId('person-details');
    expect(details).toHaveTextContent('Nguyễn Thị Thu Hà');
    expect(details).toHaveTextContent('ntthuha@example.vn');
    expect(screen.getByRole('tab', { name: 'Cán bộ' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('the directory: legal bases', () => {
  it('lists the documents with their dates and adds one', async () => {
    const user = userEvent.setup();
    renderWithApp(<DirectoryPage params={{}} />, { route: '/directory?tab=legalBases' });
    const rows = await screen.findAllByTestId('legal-basis-row');
    const d142 = rows.find((r) => r.textContent?.startsWith('142/QĐ-TTg'))!;
    expect(d142).toHaveTextContent('31/01/2009');
    expect(d142).toHaveTextContent('Thủ tướng Chính phủ');
    expect(d142).toHaveTextContent('Từ 31/01/2009 đến 24/01/2026');
    expect(d142).toHaveTextContent('Hết hiệu lực');

    await user.click(screen.getByRole('button', { name: 'Thêm văn bản' }));
    const form = await screen.findByRole('dialog', { name: 'Thêm văn bản căn cứ' });
    await user.type(within(form).getByRole('textbox', { name: /^Số, ký hiệu/ }), '99/QĐ-BNNMT');
    const issued = within(form).getByRole('textbox', { name: /Ngày ban hành/ });
    await user.type(issued, '02/01/2026');
    fireEvent.blur(issued);
    await user.type(within(form).getByRole('textbox', { name: /Cơ quan, người ban hành/ }), 'Bộ trưởng Bộ NN&MT');
    await user.type(within(form).getByRole('textbox', { name: /Trích yếu \(tiếng Việt\)/ }), 'Quyết định thử nghiệm');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Thêm văn bản căn cứ' })).not.toBeInTheDocument());
    const added = await waitFor(() => {
      const r = screen.getAllByTestId('legal-basis-row').find((x) => x.textContent?.includes('99/QĐ-BNNMT'));
      if (!r) throw new Error('not yet');
      return r;
    });
    expect(added).toHaveTextContent('02/01/2026');
  });
});
