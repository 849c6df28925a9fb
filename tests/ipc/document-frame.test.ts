// The frame of the documents as exported: the number and symbol under the issuing body and the
// MẬT stamp under them, "Kính gửi", the signer opposite "Nơi nhận", in Vietnamese and English;
// chosen at export or taken from this laptop's defaults (Settings › Documents); a bad frame is
// refused with a message that names the field. The tables' date columns hold a date.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { DocumentFrame, ExportJob } from '../../electron/contract';
import { SIZE, textWidth } from '../../electron/services/documents/docxKit';
import { createTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

type El = Element;
const all = (node: Document | El, tag: string): El[] => {
  const list = node.getElementsByTagName(tag);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
};
const W = (el: El, attr: string) => el.getAttribute(`w:${attr}`);
/** A paragraph's lines: its text, a <w:br/> starting a new line. */
const linesOf = (p: El): string[] => {
  const out = [''];
  for (const r of all(p, 'w:r')) {
    if (r.getElementsByTagName('w:br').length) out.push('');
    out[out.length - 1] += all(r, 'w:t').map((t) => t.textContent).join('');
  }
  return out;
};
const textOf = (p: El): string => all(p, 'w:t').map((t) => t.textContent).join('');
/** The body's own tables (not a table inside a cell). */
const tables = (doc: Document) => all(doc, 'w:tbl');
/** The paragraphs of each cell of a table's rows. */
const cells = (tbl: El): El[][][] => all(tbl, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p')));
/** The paragraphs of one cell. */
const cell = (tbl: El, row: number, col: number): El[] => cells(tbl)[row]![col]!;

async function open(file: string): Promise<{ doc: Document; footers: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parse = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'text/xml') as unknown as Document;
  const doc = await parse('word/document.xml');
  const footerFiles = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const footers = await Promise.all(footerFiles.map(async (n) => all(await parse(n), 'w:t').map((t) => t.textContent).join('')));
  return { doc, footers };
}

describe('the frame of the documents', () => {
  let app: TestApp;
  const root = tempDir('asoen-document-frame-');
  let n = 0;
  beforeEach(() => {
    app = createTestApp({ sample: true });
    const folder = path.join(root, `case-${++n}`);
    mkdirSync(folder);
    app.call('settings.update', { exportFolder: folder });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
  });

  const asoen35 = () => app.call('meetings.list', { limit: 200 }).items.find((m) => m.titleEn.includes('35th Meeting of the ASEAN Senior Officials'))!.id;
  async function exported(method: 'exports.briefing' | 'exports.annualReport', input: Record<string, unknown>) {
    const started = app.call(method, { ...input, classifiedConfirmed: true } as never) as ExportJob;
    await app.ctx.services.jobs.wait(started.jobId);
    const job = app.call('jobs.status', { jobId: started.jobId });
    expect(job.state).toBe('done');
    return open(job.result!.file);
  }

  const frame: DocumentFrame = {
    number: '12',
    symbol: 'ĐC-VPASEAN',
    recipients: ['Thứ trưởng Lê Công Thành', 'Vụ Hợp tác quốc tế'],
    signerAuthority: 'KT. Chánh Văn phòng',
    signerTitle: 'Phó Chánh Văn phòng',
    signerName: 'Nguyễn Văn An',
    copiesTo: ['Như trên', 'Lãnh đạo Vụ HTQT (để b/c)', 'Lưu: VT, VPASEAN'],
  };

  it('frames the classified ASOEN 35 briefing as chosen at export (vi): number, MẬT under it, Kính gửi, signer, Nơi nhận', async () => {
    const { doc, footers } = await exported('exports.briefing', { meetingId: asoen35(), language: 'vi', frame });
    const head = tables(doc)[0]!;
    const [issuer, national, underIssuer, placeDate] = [cell(head, 0, 0), cell(head, 0, 1), cell(head, 1, 0), cell(head, 1, 1)];
    // The issuing body, each name on lines that break between phrases.
    expect(issuer!.map(linesOf)[0]).toEqual(['BỘ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']);
    expect(issuer!.map(linesOf)[1]).toEqual(['VĂN PHÒNG', 'ASEAN VIỆT NAM']);
    expect(textOf(national![0]!)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Under it the number and symbol, and under them the stamp, opposite the place and date.
    expect(underIssuer!.map(textOf)).toEqual(['Số: 12/ĐC-VPASEAN', ' MẬT ']);
    const stamp = all(underIssuer![1]!, 'w:rPr')[0]!;
    expect(W(all(stamp, 'w:color')[0]!, 'val')).toBe('C00000');
    expect(all(stamp, 'w:bdr')).toHaveLength(1);
    expect(textOf(placeDate![0]!)).toBe('Hà Nội, ngày 21 tháng 11 năm 2026');
    // Not above the national title (the first paragraph of the body is in the title table), not after the signature; on every page.
    const bodyParas = all(doc, 'w:p').filter((p) => (p.parentNode as El).tagName === 'w:body').map(textOf).filter((t) => t.trim());
    expect(bodyParas.filter((t) => t.includes('MẬT'))).toEqual([]);
    expect(footers.filter(Boolean)).toEqual(['MẬT', 'MẬT']);
    // Kính gửi, under the title.
    const addressed = all(doc, 'w:p').find((p) => textOf(p).startsWith('Kính gửi:'))!;
    expect(linesOf(addressed)).toEqual(['Kính gửi: - Thứ trưởng Lê Công Thành;', '- Vụ Hợp tác quốc tế.']);
    expect(bodyParas.indexOf(textOf(addressed))).toBeGreaterThan(bodyParas.findIndex((t) => t === 'ĐỀ CƯƠNG THAM DỰ'));
    // The closing: Nơi nhận bottom left (12 pt bold italic, lines in 11 pt), the signer on the right.
    const [copies, signer] = [cell(tables(doc).at(-1)!, 0, 0), cell(tables(doc).at(-1)!, 0, 1)];
    expect(copies!.map(textOf)).toEqual(['Nơi nhận:', '- Như trên;', '- Lãnh đạo Vụ HTQT (để b/c);', '- Lưu: VT, VPASEAN.']);
    const label = all(copies![0]!, 'w:rPr')[0]!;
    expect([all(label, 'w:b').length, all(label, 'w:i').length, W(all(label, 'w:sz')[0]!, 'val')]).toEqual([1, 1, '24']);
    expect(W(all(copies![1]!, 'w:sz')[0]!, 'val')).toBe('22');
    const signed = signer!.map(textOf).filter((t) => t.trim());
    expect(signed).toEqual(['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn An']);
    // Room for the signature between the title and the name.
    expect(signer!.map(textOf).indexOf('Nguyễn Văn An') - signer!.map(textOf).indexOf('PHÓ CHÁNH VĂN PHÒNG')).toBeGreaterThanOrEqual(4);
  });

  it('frames the English briefing with this laptop’s defaults: the number left blank for the clerk, “To:”, “Recipients:”', async () => {
    const { doc } = await exported('exports.briefing', { meetingId: asoen35(), language: 'en' });
    const underIssuer = cell(tables(doc)[0]!, 1, 0);
    expect(textOf(underIssuer![0]!)).toMatch(/^No\.:\s{6,}\/ĐC-VPASEAN$/);
    expect(textOf(underIssuer![1]!).trim()).toBe('CONFIDENTIAL (MẬT)');
    expect(all(doc, 'w:p').some((p) => textOf(p) === 'To: The Leadership of the Ministry.')).toBe(true);
    const [copies, signer] = [cell(tables(doc).at(-1)!, 0, 0), cell(tables(doc).at(-1)!, 0, 1)];
    expect(copies!.map(textOf)).toEqual(['Recipients:', '- As above;', '- Filed: Archives, VPASEAN.']);
    expect(signer!.map(textOf).filter((t) => t.trim())).toEqual(['CHIEF OF THE OFFICE', '(Draft prepared with ASOEN Desk)']);
  });

  it('takes the defaults saved in Settings › Documents, for the annual report too', async () => {
    const saved = app.call('settings.updateDocuments', {
      abbreviation: 'HTQT-VPASEAN',
      signerName: 'Trần Thị Bình',
      vi: { recipients: ['Bộ trưởng Bộ Nông nghiệp và Môi trường'], signerAuthority: 'TL. Bộ trưởng', signerTitle: 'Chánh Văn phòng', copiesTo: ['Như trên', 'Lưu: VT'] },
      en: { recipients: ['The Minister'], signerAuthority: 'For the Minister', signerTitle: 'Chief of the Office', copiesTo: ['As above', 'Filed: Archives'] },
    });
    expect(saved).toMatchObject({ abbreviation: 'HTQT-VPASEAN', derivedAbbreviation: 'VPASEAN' });
    expect(app.call('settings.documentFrame', { kind: 'annualReport', language: 'vi' })).toEqual({
      number: '',
      symbol: 'BC-HTQT-VPASEAN',
      recipients: ['Bộ trưởng Bộ Nông nghiệp và Môi trường'],
      signerAuthority: 'TL. Bộ trưởng',
      signerTitle: 'Chánh Văn phòng',
      signerName: 'Trần Thị Bình',
      copiesTo: ['Như trên', 'Lưu: VT'],
    });
    const { doc } = await exported('exports.annualReport', { year: 2024, language: 'vi' });
    const underIssuer = cell(tables(doc)[0]!, 1, 0);
    expect(textOf(underIssuer![0]!)).toMatch(/^Số:\s+\/BC-HTQT-VPASEAN$/);
    expect(all(doc, 'w:p').some((p) => textOf(p) === 'Kính gửi: Bộ trưởng Bộ Nông nghiệp và Môi trường.')).toBe(true);
    // The annual report's annexes follow its signature, as annexes do: the signature is the table that opens with "Nơi nhận:".
    const closing = tables(doc).find((t) => textOf(cell(t, 0, 0)[0]!) === 'Nơi nhận:')!;
    const [copies, signer] = [cell(closing, 0, 0), cell(closing, 0, 1)];
    expect(copies!.map(textOf)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    expect(signer!.map(textOf).filter((t) => t.trim())).toEqual(['TL. BỘ TRƯỞNG', 'CHÁNH VĂN PHÒNG', 'Trần Thị Bình']);
  });

  it('refuses a bad frame, naming the field, and writes nothing', () => {
    const before = app.call('exports.list', { limit: 50 }).items.length;
    for (const [bad, field, key] of [
      [{ ...frame, number: '12a' }, 'frame.number', 'doc_number'],
      [{ ...frame, symbol: 'de cuong' }, 'frame.symbol', 'doc_symbol'],
      [{ ...frame, symbol: '' }, 'frame.symbol', undefined],
      [{ ...frame, signerName: 'An\u0000' }, 'frame.signerName', 'control_chars'],
      [{ ...frame, seal: true }, 'frame', undefined],
    ] as const) {
      const env = app.raw('exports.briefing', { meetingId: asoen35(), language: 'vi', classifiedConfirmed: true, frame: bad });
      expect(env.ok).toBe(false);
      if (env.ok) continue;
      expect(env.error.code).toBe('VALIDATION');
      expect(env.error.message.vi).toContain(field);
      expect(env.error.message.en).toContain(field);
      if (key) expect(env.error.issues!.map((i) => i.key)).toContain(key);
    }
    const settings = app.raw('settings.updateDocuments', { abbreviation: 'vp asean', signerName: '', vi: { recipients: [], signerAuthority: '', signerTitle: '', copiesTo: [] }, en: { recipients: [], signerAuthority: '', signerTitle: '', copiesTo: [] } });
    expect(settings.ok).toBe(false);
    expect(app.call('exports.list', { limit: 50 }).items).toHaveLength(before);
  });

  it('never sets a date column of the briefing or the annual report narrower than a date', async () => {
    const date = textWidth('00/00/0000', SIZE.table) + 160;
    let dateColumns = 0;
    for (const { doc } of [await exported('exports.briefing', { meetingId: asoen35(), language: 'vi' }), await exported('exports.annualReport', { year: 2024, language: 'en' })]) {
      for (const tbl of tables(doc).slice(1, -1)) {
        const grid = all(tbl, 'w:gridCol').map((g) => Number(W(g, 'w')));
        const rows = cells(tbl);
        grid.forEach((width, i) => {
          if (rows.some((r) => /\d{2}\/\d{2}\/\d{4}/.test(r[i]?.map(textOf).join('') ?? ''))) {
            dateColumns++;
            expect(width).toBeGreaterThanOrEqual(date);
          }
        });
      }
    }
    expect(dateColumns).toBeGreaterThan(8);
  });
});
