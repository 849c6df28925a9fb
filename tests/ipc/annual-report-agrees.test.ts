// Every section of the annual report counts from the same definitions (common/actionStanding.ts):
// a year of items, some completed in the year, some completed only later (recorded in 2026), one
// cancelled, and the report of that year read back from the .docx with the real parsers. The
// summary's figures equal the rows the tables list, and no item is "done" in one section and
// "open" in another.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';
import { docxDocument } from '../helpers/docx';

const list = (nl: HTMLCollectionOf<Element>): Element[] => Array.from({ length: nl.length }, (_, i) => nl.item(i)!);
const all = (doc: Document | Element, tag: string) => list(doc.getElementsByTagName(tag));
const cellTexts = (row: Element) => all(row, 'w:tc').map((c) => all(c, 'w:r').map((r) => (all(r, 'w:br').length ? '\n' : '') + all(r, 'w:t').map((t) => t.textContent).join('')).join(''));

/** The body's paragraphs and tables in order: a paragraph as its text, a table as its rows of cell texts. */
function blocks(doc: Document): Array<string | string[][]> {
  const body = all(doc, 'w:body')[0]!;
  const out: Array<string | string[][]> = [];
  for (const child of list(body.childNodes as unknown as HTMLCollectionOf<Element>)) {
    if (child.nodeName === 'w:p') out.push(all(child, 'w:t').map((t) => t.textContent).join(''));
    else if (child.nodeName === 'w:tbl') out.push(all(child, 'w:tr').map(cellTexts));
  }
  return out;
}

/** The tables of an annex ('Phụ lục 4.' / 'Annex 4.'), up to the next annex. */
function tablesUnder(b: Array<string | string[][]>, annex: number): string[][][] {
  const isAnnex = (x: unknown, n: number) => typeof x === 'string' && (x.startsWith(`Phụ lục ${n}.`) || x.startsWith(`Annex ${n}.`));
  const start = b.findIndex((x) => isAnnex(x, annex));
  const end = b.findIndex((x, i) => i > start && isAnnex(x, annex + 1));
  return b.slice(start, end < 0 ? b.length : end).filter((x): x is string[][] => Array.isArray(x));
}

/** The title of an item in the table of the items raised: the cell's first line (the source is under it). */
const titleOf = (cell: string) => cell.split('\n')[0];

describe('the annual report agrees with itself', () => {
  let app: TestApp;
  const root = tempDir('asoen-annual-agrees-');
  beforeEach(() => {
    app = createTestApp();
    const folder = path.join(root, `case-${Math.random().toString(36).slice(2)}`);
    mkdirSync(folder);
    app.call('settings.update', { exportFolder: folder });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
  });

  async function report(year: number, language: 'vi' | 'en') {
    const started = app.call('exports.annualReport', { year, language }) as unknown as ExportJob;
    await app.ctx.services.jobs.wait(started.jobId);
    const job = app.call('jobs.status', { jobId: started.jobId });
    expect(job.state).toBe('done');
    return blocks(await docxDocument(job.result!.file));
  }

  function buildYear() {
    const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    const meeting = app.call('meetings.create', {
      bodyId: body.id,
      sequence: 35,
      titleVi: 'Hội nghị Quan chức cấp cao ASEAN về môi trường lần thứ 35 (ASOEN 35)',
      titleEn: 'The 35th ASEAN Senior Officials on the Environment Meeting (ASOEN 35)',
      startDate: '2024-07-29',
      endDate: '2024-08-01',
      status: 'held',
    });
    // Entered in 2026 (the test's today is 21/11/2026), as an office catching up would.
    const item = (title: string, dueDate: string, status: 'open' | 'in_progress' | 'blocked' | 'done' | 'cancelled', completedOn?: string) =>
      app.call('actionItems.create', { title, dueDate, sourceMeetingId: meeting.id, status, ...(completedOn ? { completedOn } : {}) });
    item('Gửi báo cáo quốc gia', '2024-09-30', 'done', '2024-09-15'); // done in 2024, on time
    item('Cử đầu mối nhóm công tác', '2024-10-31', 'done', '2024-12-31'); // done in 2024, late
    item('Góp ý dự thảo kế hoạch', '2024-11-15', 'done', '2025-02-10'); // done only in 2025: open and overdue at the end of 2024
    item('Đăng cai hội thảo', '2025-03-31', 'in_progress'); // open, not yet due at the end of 2024
    item('Trình phê duyệt thỏa thuận', '2024-12-01', 'blocked'); // open and overdue
    item('Khảo sát bị bỏ', '2024-10-01', 'cancelled'); // neither
    return { completed: 2, open: 3, overdue: 2, raised: 6 };
  }

  it.each(['vi', 'en'] as const)('the summary, the items raised, the items completed and the backlog count the same items (%s)', async (language) => {
    const expected = buildYear();
    const b = await report(2024, language);
    // The overview (I) states each figure in a sentence of its own.
    const intro = b.filter((x): x is string => typeof x === 'string' && x.startsWith('- ')).join(' ');
    const figures =
      language === 'vi'
        ? /phát sinh (\d+) nhiệm vụ\. .*hoàn thành (\d+) nhiệm vụ\. .*còn (\d+) nhiệm vụ chưa hoàn thành, trong đó (\d+) nhiệm vụ quá hạn/.exec(intro)!
        : /meetings: (\d+)\. - Action items completed in the year: (\d+)\. .*still open: (\d+), of which overdue: (\d+)/.exec(intro)!;
    const [raised, completed, open, overdue] = figures.slice(1).map(Number);
    expect({ raised, completed, open, overdue }).toEqual(expected);

    const done = language === 'vi' ? 'Hoàn thành' : 'Done';
    const late = language === 'vi' ? '(quá hạn)' : '(overdue)';
    // Annex 4: every item raised, each with its status at the end of the year.
    const [raisedTable] = tablesUnder(b, 4);
    const raisedRows = raisedTable!.slice(1);
    expect(raisedRows).toHaveLength(raised!);
    const statusCol = raisedTable![0]!.length - 1;
    expect(raisedRows.filter((r) => r[statusCol] === done)).toHaveLength(completed!);
    expect(raisedRows.filter((r) => r[statusCol]!.endsWith(late))).toHaveLength(overdue!);
    // Annex 5: the items completed in the year, no more, no fewer.
    const [completedTable] = tablesUnder(b, 5);
    expect(completedTable!.slice(1)).toHaveLength(completed!);
    // Annex 6: the backlog's totals and its detail list.
    const [byAgency, detail] = tablesUnder(b, 6);
    const sum = (col: number) => byAgency!.slice(1).reduce((s, r) => s + Number(r[col]), 0);
    expect([sum(2), sum(3)]).toEqual([open, overdue]);
    expect(detail!.slice(1)).toHaveLength(open!);
    expect(detail!.slice(1).filter((r) => r[r.length - 1]!.endsWith(late))).toHaveLength(overdue!);
    // The item completed in 2025 is open in every section of the 2024 report, never "done".
    const rowsOf = (title: string) => [...raisedRows, ...completedTable!.slice(1), ...detail!.slice(1)].filter((r) => titleOf(r[1]!) === title);
    expect(rowsOf('Góp ý dự thảo kế hoạch').every((r) => r[r.length - 1] !== done && r[r.length - 1]!.endsWith(late))).toBe(true);
  });

  it.each([
    ['vi', 'Cục Biến đổi khí hậu', '(chưa phân công)'],
    ['en', 'Department of Climate Change', '(not assigned)'],
  ] as const)('an item with an owner but no lead agency counts under the owner\'s agency, not as not assigned (%s)', async (language, agencyName, notAssigned) => {
    buildYear();
    const agency = app.call('agencies.list', { q: 'MAE-DCC', limit: 50 }).items.find((a) => a.code === 'MAE-DCC')!;
    const owner = app.call('people.create', { fullName: 'Trần Thị Hoa', agencyId: agency.id });
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 5 }).items[0]!;
    // Open and overdue at the end of 2024; another one done only in 2025 (open on 31/12/2024).
    app.call('actionItems.create', { title: 'Việc có cán bộ theo dõi', dueDate: '2024-12-10', sourceMeetingId: meeting.id, ownerPersonId: owner.id });
    app.call('actionItems.create', { title: 'Việc xong năm sau', dueDate: '2025-01-20', sourceMeetingId: meeting.id, ownerPersonId: owner.id, status: 'done', completedOn: '2025-02-01' });
    const [byAgency, detail] = tablesUnder(await report(2024, language), 6);
    const rows = byAgency!.slice(1);
    expect(rows.find((r) => r[1] === agencyName)?.slice(2)).toEqual(['2', '1']);
    // The items of the year with neither a lead agency nor an owner are still "not assigned".
    expect(rows.find((r) => r[1] === notAssigned)?.slice(2)).toEqual(['3', '2']);
    // The detail list names the owner's agency for it.
    expect(detail!.find((r) => r[1] === 'Việc có cán bộ theo dõi')![2]).toBe(agencyName);
  });

  it.each([
    ['vi', 'Hội nghị Quan chức cấp cao ASEAN về môi trường lần thứ 35 (ASOEN 35)'],
    ['en', 'The 35th ASEAN Senior Officials on the Environment Meeting (ASOEN 35)'],
  ] as const)("the items raised name their meeting as the source when the officer wrote no reference (%s)", async (language, meetingTitle) => {
    // Items captured at the meeting (its quick capture asks no reference) showed an empty
    // "Nguồn"/"Source" cell, although the desk knows the meeting they came from.
    buildYear();
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 5 }).items[0]!;
    app.call('actionItems.create', { title: 'Việc có căn cứ', dueDate: '2024-12-15', sourceMeetingId: meeting.id, sourceRef: 'Biên bản ASOEN 35, mục 4' });
    const [raisedTable] = tablesUnder(await report(2024, language), 4);
    // The source stands under the title, in the same cell.
    const sourceOf = (title: string) => raisedTable!.find((r) => titleOf(r[1]!) === title)![1]!.split('\n')[1];
    const source = language === 'vi' ? (s: string) => `(Nguồn: ${s})` : (s: string) => `(Source: ${s})`;
    expect(sourceOf('Gửi báo cáo quốc gia')).toBe(source(meetingTitle));
    expect(sourceOf('Việc có căn cứ')).toBe(source('Biên bản ASOEN 35, mục 4'));
  });
});
