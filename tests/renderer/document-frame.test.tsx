// The briefing's export form: the document's frame proposed from this laptop's defaults (Settings ›
// Documents), edited for this export (the number may stay blank), checked before anything is
// written, and printed on the document.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { ExportButton } from '../../renderer/components/exports';
import { DocumentsSection } from '../../renderer/components/settings/DocumentsSection';
import type { TestApp } from '../helpers/app';
import { createAppTransport, renderWithApp } from '../helpers/render';
import { tempDir } from '../helpers/tmp';

const root = tempDir('asoen-frame-ui-');
let n = 0;

function deskWithFolder(): { app: TestApp; transport: ReturnType<typeof createAppTransport>['transport']; folder: string } {
  const { app, transport } = createAppTransport({ sample: true });
  const folder = path.join(root, `case-${++n}`);
  mkdirSync(folder);
  app.call('settings.update', { exportFolder: folder });
  // The sample's classified delegation would ask first: that question has its own tests.
  for (const d of app.call('delegations.list', { limit: 50 }).items) {
    if (d.classification !== 'none') app.call('delegations.update', { id: d.id, version: d.version, changes: { classification: 'none' } });
  }
  return { app, transport, folder };
}

const asoen35 = (app: TestApp) => app.call('meetings.list', { limit: 200 }).items.find((m) => m.titleEn.includes('35th Meeting of the ASEAN Senior Officials'))!.id;

async function bodyText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

describe("the briefing's export form", () => {
  it('proposes the defaults, refuses a number that is not one, and prints what was chosen', async () => {
    const user = userEvent.setup();
    const { app, transport } = deskWithFolder();
    renderWithApp(<ExportButton kind="briefing" input={{ meetingId: asoen35(app) }} />, { transport });
    await user.click(screen.getByRole('button', { name: 'Xuất đề cương tham dự' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Bản tiếng Việt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khung văn bản: đề cương tham dự' });
    const form = await within(dialog).findByTestId('document-frame-form');
    const field = (name: string) => within(form).getByRole('textbox', { name: new RegExp(`^${name}`) });
    expect(field('Số')).toHaveValue('');
    expect(field('Ký hiệu')).toHaveValue('ĐC-VPASEAN');
    expect(field('Kính gửi')).toHaveValue('Lãnh đạo Bộ');
    expect(field('Chức vụ người ký')).toHaveValue('Chánh Văn phòng');
    expect(field('Nơi nhận')).toHaveValue('Như trên\nLưu: VT, VPASEAN');
    let violations: string[] = [];
    await act(async () => {
      const r = await axe.run(dialog, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
      violations = r.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);

    await user.type(field('Số'), '12a');
    await user.click(within(form).getByRole('button', { name: 'Xuất văn bản' }));
    expect(await within(form).findByText('Số văn bản chỉ gồm chữ số (tối đa 6), hoặc để trống.')).toBeInTheDocument();
    expect(field('Số')).toHaveAttribute('aria-invalid', 'true');
    expect(app.call('exports.list', { limit: 5 }).items).toEqual([]);

    await user.clear(field('Số'));
    await user.type(field('Số'), '12');
    await user.type(field('Thẩm quyền ký'), 'KT. Chánh Văn phòng');
    await user.clear(field('Chức vụ người ký'));
    await user.type(field('Chức vụ người ký'), 'Phó Chánh Văn phòng');
    await user.type(field('Họ và tên người ký'), 'Nguyễn Văn An');
    await user.click(within(form).getByRole('button', { name: 'Xuất văn bản' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Khung văn bản: đề cương tham dự' })).toBeNull());
    await waitFor(() => expect(app.call('exports.list', { limit: 5 }).items[0]?.status).toBe('done'), { timeout: 15_000 });
    const exported = app.call('exports.list', { limit: 5 }).items[0]!;
    const text = await bodyText(path.join(exported.folder, exported.fileName!));
    for (const line of ['Số: 12/ĐC-VPASEAN', 'Kính gửi: Lãnh đạo Bộ.', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn An', 'Nơi nhận:', '- Lưu: VT, VPASEAN.']) expect(text).toContain(line);
  });

  it('proposes what Settings › Documents saved, in English for an English briefing', async () => {
    const user = userEvent.setup();
    const { app, transport } = deskWithFolder();
    const settings = renderWithApp(<DocumentsSection />, { transport, language: 'en' });
    const form = await screen.findByTestId('documents-defaults-form');
    await user.type(within(form).getByRole('textbox', { name: "Office's abbreviation" }), 'VP ASEAN');
    await user.type(within(form).getByRole('textbox', { name: "Signer's full name" }), 'Trần Thị Bình');
    const english = within(within(form).getByRole('group', { name: 'English documents' }));
    await user.clear(english.getByRole('textbox', { name: 'To (one addressee a line)' }));
    await user.type(english.getByRole('textbox', { name: 'To (one addressee a line)' }), 'The Minister{Enter}The Vice Minister');
    await user.click(within(form).getByRole('button', { name: 'Save the defaults' }));
    expect(await within(form).findByText('The abbreviation is in capitals with no spaces, e.g. VPASEAN.')).toBeInTheDocument();
    await user.clear(within(form).getByRole('textbox', { name: "Office's abbreviation" }));
    await user.type(within(form).getByRole('textbox', { name: "Office's abbreviation" }), 'VPASOEN');
    await user.click(within(form).getByRole('button', { name: 'Save the defaults' }));
    expect(await screen.findByText('The documents’ defaults are saved.')).toBeInTheDocument();
    expect(app.call('settings.documents', {})).toMatchObject({ abbreviation: 'VPASOEN', signerName: 'Trần Thị Bình', en: { recipients: ['The Minister', 'The Vice Minister'] } });
    settings.unmount();

    renderWithApp(<ExportButton kind="briefing" input={{ meetingId: asoen35(app) }} />, { transport, language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Export briefing note' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Document frame: briefing note' });
    const frame = await within(dialog).findByTestId('document-frame-form');
    expect(within(frame).getByRole('textbox', { name: /^Symbol/ })).toHaveValue('ĐC-VPASOEN');
    expect(within(frame).getByRole('textbox', { name: /^To/ })).toHaveValue('The Minister\nThe Vice Minister');
    expect(within(frame).getByRole('textbox', { name: /^Signer's full name/ })).toHaveValue('Trần Thị Bình');
    await user.click(within(frame).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.call('exports.list', { limit: 5 }).items).toEqual([]);
  });
});
