// The exports through the contract, read back with real parsers: the .docx unzipped and its XML
// parsed (text, A4, Decree 30 margins, fonts, sizes, justification, page numbers from page 2),
// the .xlsx opened with exceljs, the .csv with csv-parse, the .ics with ical.js.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { ExportJob, Input, MethodName } from '../../electron/contract';
import { configureExports, createTestApp, type TestApp } from '../helpers/app';
import { faultFs } from '../helpers/faultfs';
import { tempDir } from '../helpers/tmp';

type JobMethod = 'exports.briefing' | 'exports.annualReport' | 'exports.tracker' | 'exports.csv' | 'exports.calendar' | 'backup.create' | 'backup.restore';

/** Runs an export to its end; the officer confirms classified content (the question itself: 'classified content' below). */
async function run<M extends JobMethod & MethodName>(app: TestApp, method: M, input: Input<M>): Promise<ExportJob> {
  const started = app.call(method, (method === 'backup.restore' || method === 'exports.calendar' ? input : { ...input, classifiedConfirmed: true }) as Input<M>) as ExportJob;
  expect(started.state).toBe('running');
  await app.ctx.services.jobs.wait(started.jobId);
  return app.call('jobs.status', { jobId: started.jobId });
}

async function docxXml(file: string): Promise<Record<string, Document>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, Document> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    out[name] = new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'text/xml') as unknown as Document;
  }
  return out;
}

const W = (el: Element, name: string) => el.getAttribute(`w:${name}`);
// @xmldom/xmldom's node lists are not iterable: index them.
const list = (nl: HTMLCollectionOf<Element>): Element[] => Array.from({ length: nl.length }, (_, i) => nl.item(i)!);
const all = (doc: Document | Element, tag: string) => list(doc.getElementsByTagName(tag));
const textOf = (doc: Document) => all(doc, 'w:t').map((t) => t.textContent).join('');
const paragraphsText = (doc: Document) => all(doc, 'w:p').map((p) => all(p, 'w:t').map((t) => t.textContent).join(''));

const SHOTS = process.env.DOC_SHOTS;

describe('exports through the contract', () => {
  let app: TestApp;
  let folder: string;
  const root = tempDir('asoen-exports-');
  let n = 0;
  beforeEach(() => {
    app = createTestApp({ sample: true });
    folder = path.join(root, `case-${++n}`);
    mkdirSync(folder);
    app.call('settings.update', { exportFolder: folder });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
  });

  const meeting = (code: string, seq: number) => app.call('meetings.list', { q: `${code} ${seq}`, limit: 20 }).items.find((m) => m.sequence === seq && m.titleEn.includes(code))!;
  const keep = (file: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(file, path.join(SHOTS, path.basename(file)));
  };

  describe('classified content', () => {
    const question = (method: JobMethod, input: Record<string, unknown>) => {
      const env = app.raw(method, input) as { ok: boolean; error?: { code: string; message: { vi: string; en: string }; details: Record<string, unknown> } };
      return env.ok ? null : env.error!;
    };

    it('asks before writing a document that holds a delegation marked Mật, writes nothing meanwhile, and marks the file once confirmed', async () => {
      const m = meeting('ASOEN', 35);
      const asked = question('exports.briefing', { meetingId: m.id, language: 'vi' })!;
      expect(asked.code).toBe('VALIDATION');
      expect(asked.details).toEqual({ needsConfirmation: 'classified', marking: 'confidential', delegations: 1 });
      expect(asked.message.vi).toContain('1 đoàn được đánh dấu MẬT');
      expect(asked.message.en).toContain('1 delegation marked CONFIDENTIAL (MẬT)');
      expect(readdirSync(folder)).toEqual([]);
      expect(app.call('exports.list', { limit: 5 }).items).toEqual([]);

      const job = await run(app, 'exports.briefing', { meetingId: m.id, language: 'en' });
      expect(job.result!.fileName).toBe('CONFIDENTIAL (MẬT) - 2024-07-28 ASOEN 35 - Briefing note (en).docx');
    });

    it('asks for a backup, the tracker, the delegations list and a report of a year with such a delegation, and marks each', async () => {
      expect(question('backup.create', {})!.message.vi).toContain('Bản sao lưu chứa toàn bộ dữ liệu');
      expect(question('exports.tracker', { language: 'vi' })!.details).toMatchObject({ needsConfirmation: 'classified' });
      expect(question('exports.csv', { list: 'delegations', language: 'vi' })!.details).toMatchObject({ marking: 'confidential' });
      expect(question('exports.annualReport', { year: 2024, language: 'en' })!.details).toMatchObject({ marking: 'confidential', delegations: 1 });

      const csv = await run(app, 'exports.csv', { list: 'delegations', language: 'vi' });
      expect(csv.result!.fileName).toMatch(/^MẬT - /);
      const report = await run(app, 'exports.annualReport', { year: 2024, language: 'en' });
      expect(report.result!.fileName).toBe('CONFIDENTIAL (MẬT) - 2024 Annual report (en).docx');
      const paras = paragraphsText((await docxXml(report.result!.file))['word/document.xml']!).filter((p) => p.trim() !== '');
      const number = paras.findIndex((p) => p.startsWith('No.:'));
      expect(paras[number + 1]!.trim()).toBe('CONFIDENTIAL (MẬT)');
      expect(paras.at(-1)!.trim()).not.toBe('CONFIDENTIAL (MẬT)');
    });

    it('asks nothing and marks nothing when the file holds no classified delegation', async () => {
      expect(question('exports.csv', { list: 'meetings', language: 'vi' })).toBeNull();
      expect(question('exports.calendar', { language: 'vi' })).toBeNull();
      expect(question('exports.briefing', { meetingId: meeting('ASOEN', 37).id, language: 'vi' })).toBeNull();
      const started = app.call('exports.annualReport', { year: 2025, language: 'en' });
      await app.ctx.services.jobs.wait(started.jobId);
      const report = app.call('jobs.status', { jobId: started.jobId });
      expect(report.result!.fileName).toBe('2025 Annual report (en).docx');
      expect(textOf((await docxXml(report.result!.file))['word/document.xml']!)).not.toContain('CONFIDENTIAL');
    });
  });

  describe('the travel briefing', () => {
    it('is an A4 Decree 30 document with the meeting, delegation, positions, follow-up, focal points and contacts (vi)', async () => {
      const m = meeting('ASOEN', 35);
      const job = await run(app, 'exports.briefing', { meetingId: m.id, language: 'vi' });
      expect(job.state).toBe('done');
      const r = job.result!;
      expect(r.fileName).toBe('MẬT - 2024-07-28 ASOEN 35 - Đề cương tham dự (vi).docx');
      expect(r.file).toBe(path.join(folder, r.fileName));
      const bytes = readFileSync(r.file);
      expect(r.bytes).toBe(bytes.length);
      expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      keep(r.file);

      const xml = await docxXml(r.file);
      const doc = xml['word/document.xml']!;
      // A4 portrait, margins 20/20/30/15 mm.
      const pgSz = all(doc, 'w:pgSz')[0]!;
      expect([W(pgSz, 'w'), W(pgSz, 'h')]).toEqual(['11906', '16838']);
      expect(W(pgSz, 'orient') ?? 'portrait').toBe('portrait');
      const mar = all(doc, 'w:pgMar')[0]!;
      expect({ top: W(mar, 'top'), bottom: W(mar, 'bottom'), left: W(mar, 'left'), right: W(mar, 'right') }).toEqual({ top: '1134', bottom: '1134', left: '1701', right: '850' });
      // Page numbers: a PAGE field in the default header, none on the first page (titlePg).
      expect(all(doc, 'w:titlePg')).toHaveLength(1);
      const refs = Object.fromEntries(all(doc, 'w:headerReference').map((h) => [W(h, 'type'), h.getAttribute('r:id')]));
      const rels = xml['word/_rels/document.xml.rels']!;
      const target = (rid: string | null | undefined) => all(rels, 'Relationship').find((x) => x.getAttribute('Id') === rid)!.getAttribute('Target')!;
      const header = xml[`word/${target(refs.default)}`]!;
      const first = xml[`word/${target(refs.first)}`]!;
      const instr = (d: Document) => all(d, 'w:instrText').map((i) => i.textContent!.trim());
      expect(instr(header)).toContain('PAGE');
      expect(all(header, 'w:jc').map((j) => W(j, 'val'))).toContain('center');
      expect(instr(first)).not.toContain('PAGE');
      // Times New Roman everywhere; body 14 pt, tables 13 pt, national title 12 pt bold.
      const styles = xml['word/styles.xml']!;
      const defaults = all(styles, 'w:rPrDefault')[0]!;
      expect(W(defaults.getElementsByTagName('w:rFonts')[0]!, 'ascii')).toBe('Times New Roman');
      expect(W(defaults.getElementsByTagName('w:sz')[0]!, 'val')).toBe('28');
      const fonts = all(doc, 'w:rFonts');
      expect(fonts.length).toBeGreaterThan(50);
      for (const f of fonts) expect([W(f, 'ascii'), W(f, 'hAnsi')]).toEqual(['Times New Roman', 'Times New Roman']);
      const sizes = new Set(all(doc, 'w:sz').map((s) => W(s, 'val')));
      for (const s of sizes) expect(['22', '24', '26', '28']).toContain(s);
      // 11 pt only for the lines of "Nơi nhận" (Decree 30/2020, Appendix I).
      const small = all(doc, 'w:r').filter((run) => W(run.getElementsByTagName('w:sz')[0] ?? run, 'val') === '22');
      expect(small.map((run) => run.getElementsByTagName('w:t')[0]?.textContent)).toEqual(['- Như trên;', '- Lưu: VT, VPASEAN.']);
      const runOf = (text: string) => all(doc, 'w:r').find((run) => run.getElementsByTagName('w:t')[0]?.textContent === text)!;
      const title = runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(title.getElementsByTagName('w:b')).toHaveLength(1);
      expect(W(title.getElementsByTagName('w:sz')[0]!, 'val')).toBe('24');
      const motto = runOf('Độc lập - Tự do - Hạnh phúc');
      expect(motto.getElementsByTagName('w:b')).toHaveLength(1);
      expect(['26', '28']).toContain(W(motto.getElementsByTagName('w:sz')[0]!, 'val'));
      // Body paragraphs justified, ≥ 6 pt apart, line spacing within single–1.5.
      const bodyParas = all(doc, 'w:p').filter((p) => (p.parentNode as Element | null)?.tagName === 'w:body' && all(p, 'w:t').some((t) => t.textContent !== ''));
      const justified = bodyParas.filter((p) => W(p.getElementsByTagName('w:jc')[0] ?? p, 'val') === 'both');
      expect(justified.length).toBeGreaterThanOrEqual(10);
      // The rest are the title block (centred), headings (left, bold) and the signature (right).
      for (const p of bodyParas.filter((x) => !justified.includes(x))) {
        const jc = p.getElementsByTagName('w:jc')[0] ? W(p.getElementsByTagName('w:jc')[0]!, 'val') : 'both (style default)';
        expect(['center', 'left', 'right']).toContain(jc);
        if (jc === 'left') expect(p.getElementsByTagName('w:b').length).toBeGreaterThan(0);
      }
      for (const p of justified) {
        const sp = p.getElementsByTagName('w:spacing')[0]!;
        expect(Number(W(sp, 'before'))).toBeGreaterThanOrEqual(120);
        expect(Number(W(sp, 'line'))).toBeGreaterThanOrEqual(240);
        expect(Number(W(sp, 'line'))).toBeLessThanOrEqual(360);
      }
      // The content.
      const text = textOf(doc);
      const paras = paragraphsText(doc);
      expect(text).toContain('Hà Nội, ngày 21 tháng 11 năm 2026');
      expect(text).toContain('28/07/2024 – 01/08/2024');
      expect(text).toContain('Viêng-chăn (Vientiane), Lào');
      expect(text).toContain('Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 35');
      expect(text).toContain('Đối thoại ASEAN - Nhật Bản về hợp tác môi trường lần thứ 18'); // a related meeting
      for (const name of ['Phạm Quốc Đại', 'Nguyễn Thị Thu Hà', 'Trần Minh Khoa', 'Lê Hoàng Nam']) expect(text).toContain(name);
      expect(text).toContain('Trưởng đoàn');
      expect(text).toContain('1876/QĐ-BTNMT ngày 18/07/2024');
      expect(text).toContain('27/07/2024'); // travel dates
      expect(text).toContain('Tham dự ASOEN 35'); // objectives
      expect(text).toContain('Kết quả ASOEN 34'); // the previous meeting of the series
      expect(text).toContain('Cơ quan đầu mối');
      expect(text).toContain('142/QĐ-TTg');
      expect(text).toContain('pqdai@example.vn');
      // Classified positions: marked under the number and symbol (Circular 24/2020/TT-BCA, form 19),
      // and on every page in the footer; not above the national title, not after the signature.
      const shown = paras.filter((p) => p.trim() !== '');
      const number = shown.findIndex((p) => p.startsWith('Số:'));
      expect(shown[number]).toMatch(/^Số:\s+\/ĐC-VPASEAN$/);
      expect(shown[number + 1]!.trim()).toBe('MẬT');
      expect(shown.filter((p) => p.trim() === 'MẬT')).toHaveLength(1);
      expect(shown[0]).toBe('BỘ NÔNG NGHIỆPVÀ MÔI TRƯỜNG');
      const footers = all(doc, 'w:footerReference').map((f) => textOf(xml[`word/${target(f.getAttribute('r:id'))}`]!));
      expect(footers).toEqual(['MẬT', 'MẬT']);
      // Recorded, and the meeting now counts its briefing as produced.
      const log = app.call('exports.list', { limit: 10 }).items;
      expect(log[0]).toMatchObject({ id: r.exportId, kind: 'briefing', format: 'docx', language: 'vi', meetingId: m.id, status: 'done', folder, fileName: r.fileName, bytes: r.bytes, sha256: r.sha256, error: null });
      expect(app.call('meetings.overview', { id: m.id }).readiness.briefingProduced).toBe(true);
    });

    it('is written in English with the English national title, and without marking when not classified', async () => {
      const m = meeting('ASOEN', 37);
      const job = await run(app, 'exports.briefing', { meetingId: m.id, language: 'en' });
      expect(job.state).toBe('done');
      expect(job.result!.fileName).toBe('2026-08-03 ASOEN 37 - Briefing note (en).docx');
      keep(job.result!.file);
      const doc = (await docxXml(job.result!.file))['word/document.xml']!;
      const text = textOf(doc);
      expect(text).toContain('SOCIALIST REPUBLIC OF VIET NAM');
      expect(text).toContain('Independence - Freedom - Happiness');
      expect(text).toContain('Ha Noi, 21 November 2026');
      expect(text).toContain('International Cooperation Department');
      expect(text).toContain('Head of delegation');
      expect(text).toContain('03/08/2026 – 07/08/2026');
      expect(text).toContain('Outcomes of ASOEN 36');
      expect(text).not.toContain('CONFIDENTIAL');
    });

    it('refuses an unknown meeting and records nothing', () => {
      const env = app.raw('exports.briefing', { meetingId: '01900000-0000-7000-8000-000000000000', language: 'vi' });
      expect(env).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(app.call('exports.list', { limit: 10 }).items).toHaveLength(0);
    });
  });

  describe('the annual summary report', () => {
    it.each(['vi', 'en'] as const)('covers meetings by pillar, delegations, outcomes, completions, backlog, focal changes and next year (%s)', async (language) => {
      const job = await run(app, 'exports.annualReport', { year: 2025, language });
      expect(job.state).toBe('done');
      expect(job.result!.fileName).toBe(language === 'vi' ? '2025 Báo cáo tổng kết (vi).docx' : '2025 Annual report (en).docx');
      keep(job.result!.file);
      const xml = await docxXml(job.result!.file);
      const doc = xml['word/document.xml']!;
      const text = textOf(doc);
      const mar = all(doc, 'w:pgMar')[0]!;
      expect([W(mar, 'top'), W(mar, 'left'), W(mar, 'right'), W(mar, 'bottom')]).toEqual(['1134', '1701', '850', '1134']);
      expect(all(doc, 'w:titlePg')).toHaveLength(1);
      if (language === 'vi') {
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('BÁO CÁO TỔNG KẾT');
        expect(text).toContain('Văn hóa - Xã hội');
        expect(text).toContain('Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 18');
        expect(text).toContain('Langkawi, Kedah');
        expect(text).toContain('02/09/2025 – 04/09/2025');
        expect(text).toContain('Trưởng nhóm công tác'); // a focal-point change of 2025
        expect(text).toContain('Bắt đầu 01/03/2025');
        expect(text).toContain('Phụ lục 8. Kế hoạch các hội nghị năm 2026');
        expect(text).toContain('Hội nghị lần thứ 11 Lực lượng Đặc nhiệm ASEAN về Đất than bùn');
        expect(text).toContain('Trình Chính phủ phê duyệt Thỏa thuận thành lập Trung tâm ASEAN về biến đổi khí hậu'); // completed in 2025
        expect(text).toContain('Số liệu tính đến ngày 31/12/2025.');
      } else {
        expect(text).toContain('SOCIALIST REPUBLIC OF VIET NAM');
        expect(text).toContain('ANNUAL SUMMARY REPORT');
        expect(text).toContain('18th ASEAN Ministerial Meeting on the Environment');
        expect(text).toContain('Annex 8. Meetings planned for 2026');
        expect(text).toContain('Figures as of 31/12/2025.');
      }
      expect(app.call('exports.list', { limit: 5 }).items[0]).toMatchObject({ kind: 'annual_report', year: 2025, status: 'done' });
    });
  });

  describe('long lists in the documents', () => {
    it('the briefing lists the most urgent open items and says how many more there are (vi)', async () => {
      const m = meeting('ASOEN', 35);
      const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
      for (let i = 0; i < 40; i++) {
        const due = `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
        app.call('actionItems.create', { title: `Việc bổ sung số ${i + 1}`, bodyId: body.id, dueDate: due });
      }
      app.call('actionItems.create', { title: 'Việc khẩn nhất', bodyId: body.id, dueDate: '2020-01-02' });
      app.call('actionItems.create', { title: 'Việc chưa có hạn', bodyId: body.id });
      const job = await run(app, 'exports.briefing', { meetingId: m.id, language: 'vi' });
      expect(job.state).toBe('done');
      const doc = (await docxXml(job.result!.file))['word/document.xml']!;
      const paras = paragraphsText(doc);
      const start = paras.indexOf('2. Các việc Việt Nam còn phải thực hiện');
      const end = paras.findIndex((p, i) => i > start && p.startsWith('V. '));
      const section = paras.slice(start, end);
      const line = section.find((p) => p.startsWith('… và '))!;
      const [, rest, total] = /^… và (\d+) mục khác không liệt kê ở đây \(tổng cộng (\d+)\)\.$/.exec(line)!;
      expect(Number(total) - Number(rest)).toBe(30);
      expect(Number(total)).toBeGreaterThanOrEqual(42);
      const table = all(doc, 'w:tbl').find((t) => all(t, 'w:t').some((x) => x.textContent === 'Việc khẩn nhất'))!;
      expect(all(table, 'w:tr')).toHaveLength(31); // the header and 30 items
      // The most urgent first; the undated and the far-off ones are among those left out.
      expect(all(all(table, 'w:tr')[1]!, 'w:t').map((x) => x.textContent).join(' ')).toContain('Việc khẩn nhất');
      const listed = all(table, 'w:t').map((x) => x.textContent).join('|');
      expect(listed).not.toContain('Việc chưa có hạn');
      expect(listed).toContain('02/01/2020');
    });

    it('the annual report counts the whole year and lists the first rows of each long list (en)', async () => {
      for (let i = 0; i < 60; i++) app.call('actionItems.create', { title: `Follow-up ${i + 1}`, dueDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-15` });
      const job = await run(app, 'exports.annualReport', { year: 2025, language: 'en' });
      expect(job.state).toBe('done');
      const paras = paragraphsText((await docxXml(job.result!.file))['word/document.xml']!);
      const intro = paras.find((p) => p.startsWith("- Action items raised by the year's meetings: "))!;
      const recorded = Number(/: (\d+)\.$/.exec(intro)![1]);
      expect(recorded).toBeGreaterThan(60);
      const start = paras.indexOf('Annex 4. Action items raised in the year');
      const line = paras.slice(start).find((p) => p.startsWith('… and '))!;
      expect(line).toBe(`… and ${recorded - 50} more not listed here (${recorded} in all).`);
      expect(paras.slice(start, paras.indexOf('Annex 5. Action items completed in the year'))).toContain(line);
    });
  });

  describe('the action-item tracker', () => {
    it('has real date cells, a frozen header, an autofilter, and exactly the rows of the filtered screen', async () => {
      const filter = { status: ['open', 'in_progress', 'blocked'] as Array<'open' | 'in_progress' | 'blocked'> };
      const expected = app.call('actionItems.count', { filter }).count;
      expect(expected).toBeGreaterThan(0);
      const job = await run(app, 'exports.tracker', { filter, language: 'en' });
      expect(job.state).toBe('done');
      expect(job.result!.fileName).toBe('CONFIDENTIAL (MẬT) - Action items 2026-11-21.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(job.result!.file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Action items', 'Meetings', 'Delegations', 'Filters']);
      const ws = wb.getWorksheet('Action items')!;
      expect(ws.rowCount).toBe(expected + 1);
      expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['Action item', 'Status', 'Due', 'Lead agency']));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      const dueCol = (ws.getRow(1).values as string[]).indexOf('Due');
      const due = ws.getRow(2).getCell(dueCol);
      expect(due.value).toBeInstanceOf(Date);
      expect(due.numFmt).toBe('dd/mm/yyyy');
      const statuses = new Set<string>();
      ws.eachRow((row, i) => {
        if (i > 1) statuses.add(String(row.getCell(2).value));
      });
      expect([...statuses].every((s) => ['Open', 'In progress', 'Blocked'].includes(s))).toBe(true);
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(8);
      const meetingsWs = wb.getWorksheet('Meetings')!;
      expect(meetingsWs.getRow(2).getCell(4).value).toBeInstanceOf(Date);
      const first = app.call('meetings.list', { sort: { field: 'startDate', dir: 'asc' }, limit: 1 }).items[0]!;
      expect((meetingsWs.getRow(2).getCell(4).value as Date).toISOString().slice(0, 10)).toBe(first.startDate);
      const filters = wb.getWorksheet('Filters')!;
      expect(String(filters.getRow(3).getCell(2).value)).toBe('Open, In progress, Blocked');
      expect(app.call('exports.list', { limit: 5 }).items[0]).toMatchObject({ kind: 'tracker', params: { filter } });
    });

    it('puts the headers in Vietnamese for a Vietnamese export and applies the search text', async () => {
      const expected = app.call('actionItems.count', { q: 'Vườn di sản' }).count;
      const job = await run(app, 'exports.tracker', { q: 'Vườn di sản', language: 'vi' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(job.result!.file);
      const ws = wb.getWorksheet('Việc cần làm')!;
      expect(ws.getRow(1).getCell(1).value).toBe('Nội dung');
      expect(ws.rowCount).toBe(expected + 1);
    });
  });

  describe('CSV', () => {
    it('starts with a BOM, uses CRLF, and parses back to the same Vietnamese text', async () => {
      const job = await run(app, 'exports.csv', { list: 'meetings', language: 'vi' });
      expect(job.result!.fileName).toBe('Cuộc họp 2026-11-21.csv');
      const raw = readFileSync(job.result!.file);
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(raw.toString('utf8')).toContain('\r\n');
      expect(raw.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/\n/);
      const rows = parseCsv(raw, { bom: true, relax_column_count: false }) as string[][];
      expect(rows[0]![2]).toBe('Tên hội nghị');
      const all = app.call('meetings.list', { limit: 500 }).items;
      expect(rows).toHaveLength(all.length + 1);
      expect(rows.map((r) => r[2])).toContain('Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 35 (ASOEN 35) và các hội nghị liên quan');
    });

    it('makes a formula typed into a record inert', async () => {
      const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
      app.call('actionItems.create', { title: '=HYPERLINK("http://evil.example","Bấm")', bodyId: body.id, dueDate: '2026-12-01' });
      const job = await run(app, 'exports.csv', { list: 'actionItems', language: 'en', filter: { bodyId: body.id } });
      const rows = parseCsv(readFileSync(job.result!.file), { bom: true }) as string[][];
      expect(rows.map((r) => r[0])).toContain(`'=HYPERLINK("http://evil.example","Bấm")`);
    });
  });

  describe('the calendar', () => {
    it('parses back with ical.js: one all-day event per meeting with stable UIDs, related meetings linked', async () => {
      const job = await run(app, 'exports.calendar', { filter: { year: 2024 } });
      expect(job.result!.fileName).toBe('Lịch họp ASEAN 2026-11-21.ics');
      const raw = readFileSync(job.result!.file, 'utf8');
      for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const cal = new ICAL.Component(ICAL.parse(raw));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const meetings = app.call('meetings.list', { filter: { year: 2024 }, limit: 500 }).items;
      expect(events).toHaveLength(meetings.length);
      const m35 = meetings.find((m) => m.sequence === 35 && m.titleEn.includes('ASOEN'))!;
      const e35 = events.find((e) => e.uid === `${m35.id}@asoen-desk`)!;
      expect(e35.startDate.isDate).toBe(true);
      expect(e35.startDate.toString()).toBe('2024-07-28');
      expect(e35.endDate.toString()).toBe('2024-08-02'); // exclusive: the day after 01/08
      expect(e35.location).toBe('Viêng-chăn (Vientiane), Lào');
      expect(e35.summary).toBe('ASOEN 35: Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 35 (ASOEN 35) và các hội nghị liên quan');
      expect(e35.description).toContain('Nhất trí trình AMME: (i) 04 AHP số 58–61; (ii)');
      const related = meetings.filter((m) => m.parentId === m35.id);
      expect(related.length).toBeGreaterThan(3);
      for (const r of related) {
        const e = events.find((x) => x.uid === `${r.id}@asoen-desk`)!;
        expect(e.component.getFirstPropertyValue('related-to')).toBe(`${m35.id}@asoen-desk`);
      }
      // Stable: the same meetings give the same UIDs next time.
      const again = await run(app, 'exports.calendar', { filter: { year: 2024 } });
      const uids = (s: string) => new ICAL.Component(ICAL.parse(s)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
      expect(uids(readFileSync(again.result!.file, 'utf8'))).toEqual(uids(raw));
    });
  });

  describe('the export folder', () => {
    it('must be chosen in Settings when none is given', () => {
      app.call('settings.update', { exportFolder: null });
      const env = app.raw('exports.csv', { list: 'meetings', language: 'vi' });
      expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!env.ok) {
        expect(env.error.message.vi).toContain('Cài đặt');
        expect(env.error.message.en).toContain('Settings');
      }
    });

    it('can be another full path per export, but not a relative one', async () => {
      const other = path.join(root, `other-${n}`);
      mkdirSync(other);
      const job = await run(app, 'exports.calendar', { folder: other });
      expect(path.dirname(job.result!.file)).toBe(other);
      expect(app.raw('exports.calendar', { folder: 'relative/folder' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });

    it('records a failed export with the message the user saw when the folder is missing', async () => {
      const missing = path.join(root, 'no-such-share', 'ASEAN');
      const job = await run(app, 'exports.tracker', { language: 'vi', folder: missing });
      expect(job.state).toBe('failed');
      expect(job.error!.message.vi).toContain(missing);
      expect(job.error!.message.en).toContain('was not found');
      const rec = app.call('exports.list', { limit: 5 }).items[0]!;
      expect(rec).toMatchObject({ kind: 'tracker', status: 'failed', folder: missing, error: job.error!.message.vi, bytes: null });
    });

    it('writes beside a file a colleague holds open, under a versioned name, leaving the old one intact', async () => {
      const target = path.join(folder, 'Meetings 2026-11-21.csv');
      writeFileSync(target, 'OLD');
      configureExports(app, { fs: faultFs(undefined, { heldOpen: (p) => p === target }), retry: { attempts: 3, delayMs: 1 } });
      const job = await run(app, 'exports.csv', { list: 'meetings', language: 'en' });
      expect(job.state).toBe('done');
      expect(job.result!.fileName).toBe('Meetings 2026-11-21 (2).csv');
      expect(job.result!.versioned).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe('OLD');
      expect(readdirSync(folder).filter((f) => f.startsWith('.~asoen-'))).toEqual([]);
    });

    it('never replaces a file already on the share: a second briefing, report or calendar gets the next free name, and says so', async () => {
      const m = meeting('ASOEN', 35);
      const first = await run(app, 'exports.briefing', { meetingId: m.id, language: 'vi' });
      expect(first.result!.versioned).toBe(false);
      // The officer edits the first one in Word.
      writeFileSync(first.result!.file, 'EDITED IN WORD');
      const second = await run(app, 'exports.briefing', { meetingId: m.id, language: 'vi' });
      expect(second.state).toBe('done');
      expect(second.result!.fileName).toBe('MẬT - 2024-07-28 ASOEN 35 - Đề cương tham dự (vi) (2).docx');
      expect(second.result!.versioned).toBe(true);
      expect(readFileSync(first.result!.file, 'utf8')).toBe('EDITED IN WORD');
      expect(readFileSync(second.result!.file).length).toBe(second.result!.bytes);
      const third = await run(app, 'exports.briefing', { meetingId: m.id, language: 'vi' });
      expect(third.result!.fileName).toBe('MẬT - 2024-07-28 ASOEN 35 - Đề cương tham dự (vi) (3).docx');
      // The export log records the name written.
      expect(app.call('exports.list', { limit: 1 }).items[0]!.fileName).toBe(third.result!.fileName);

      const report = await run(app, 'exports.annualReport', { year: 2024, language: 'en' });
      writeFileSync(report.result!.file, 'HAND-WRITTEN SECTION');
      const report2 = await run(app, 'exports.annualReport', { year: 2024, language: 'en' });
      expect(report2.result!.fileName).not.toBe(report.result!.fileName);
      expect(report2.result!.fileName).toMatch(/ \(2\)\.docx$/);
      expect(readFileSync(report.result!.file, 'utf8')).toBe('HAND-WRITTEN SECTION');

      const cal = await run(app, 'exports.calendar', {});
      const cal2 = await run(app, 'exports.calendar', {});
      expect(cal2.result!.fileName).toMatch(/ \(2\)\.ics$/);
      expect(readFileSync(cal.result!.file).length).toBe(cal.result!.bytes);
      expect(readdirSync(folder).filter((f) => f.startsWith('.~asoen-'))).toEqual([]);
    });

    it('on a folder without hard links (some shares), reserves the free name instead, and leaves no reservation behind', async () => {
      const fs = faultFs(undefined, { noLinks: true });
      configureExports(app, { fs, retry: { attempts: 2, delayMs: 1 } });
      const m = meeting('ASOEN', 35);
      const first = await run(app, 'exports.briefing', { meetingId: m.id, language: 'en' });
      writeFileSync(first.result!.file, 'EDITED IN WORD');
      const [a, b] = await Promise.all([run(app, 'exports.briefing', { meetingId: m.id, language: 'en' }), run(app, 'exports.briefing', { meetingId: m.id, language: 'en' })]);
      expect([a.result!.fileName, b.result!.fileName].sort()).toEqual([first.result!.fileName.replace(/\.docx$/, ' (2).docx'), first.result!.fileName.replace(/\.docx$/, ' (3).docx')]);
      expect(readFileSync(first.result!.file, 'utf8')).toBe('EDITED IN WORD');
      for (const r of [a, b]) expect(readFileSync(r.result!.file).length).toBe(r.result!.bytes);
      expect(fs.calls.some((c) => c.startsWith('link '))).toBe(true);
      expect(readdirSync(folder).filter((f) => f.startsWith('.~asoen-'))).toEqual([]);
      expect(readdirSync(folder)).toHaveLength(3);
    });

    it('two exports of the same name at the same moment both keep their file, under two names', async () => {
      const [a, b] = await Promise.all([run(app, 'exports.calendar', {}), run(app, 'exports.calendar', {})]);
      expect(a.state).toBe('done');
      expect(b.state).toBe('done');
      expect(new Set([a.result!.fileName, b.result!.fileName]).size).toBe(2);
      expect(readFileSync(a.result!.file).length).toBe(a.result!.bytes);
      expect(readFileSync(b.result!.file).length).toBe(b.result!.bytes);
      expect(readdirSync(folder).sort()).toEqual([a.result!.fileName, b.result!.fileName].sort());
    });
  });

  describe('jobs', () => {
    it('answers at once, reports progress, and can be cancelled: no file, recorded as cancelled', async () => {
      const started = app.call('exports.annualReport', { year: 2025, language: 'vi' });
      expect(started).toMatchObject({ state: 'running', progress: 0 });
      const cancelled = app.call('jobs.cancel', { jobId: started.jobId });
      expect(cancelled.jobId).toBe(started.jobId);
      await app.ctx.services.jobs.wait(started.jobId);
      const view = app.call('jobs.status', { jobId: started.jobId });
      expect(view.state).toBe('cancelled');
      expect(view.error!.message.en).toContain('Cancelled');
      expect(readdirSync(folder)).toEqual([]);
      expect(app.call('exports.list', { limit: 5 }).items[0]).toMatchObject({ id: started.exportId, status: 'cancelled' });
      expect(app.call('jobs.recent', {}).map((j) => j.jobId)).toContain(started.jobId);
      expect(app.raw('jobs.status', { jobId: 'job-nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('pages the export log newest first', async () => {
      for (const year of [2023, 2024, 2025]) await run(app, 'exports.annualReport', { year, language: 'en' });
      const p1 = app.call('exports.list', { limit: 2 });
      expect(p1.items.map((e) => e.year)).toEqual([2025, 2024]);
      const p2 = app.call('exports.list', { limit: 2, cursor: p1.nextCursor });
      expect(p2.items.map((e) => e.year)).toEqual([2023]);
      expect(p2.nextCursor).toBeNull();
      expect(app.raw('exports.list', { limit: 2, cursor: 'garbage' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });
  });

  it('keeps every output JSON-safe', async () => {
    const job = await run(app, 'exports.calendar', {});
    expect(JSON.parse(JSON.stringify(job))).toEqual(job);
    expect(existsSync(job.result!.file)).toBe(true);
  });
});
