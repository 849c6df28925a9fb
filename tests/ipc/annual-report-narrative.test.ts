// The annual report's narrative states the figures its annexes list, and both are the counts of
// the definitions (common/yearStanding.ts, common/actionStanding.ts) applied to the desk's rows:
// the sample desk's report for the years an officer would choose (2025, 2026 on 21/11/2026), in
// Vietnamese and English, read back from the real .docx; and a year with nothing in it, which the
// report says plainly.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../electron/contract';
import { isDoneBy, isDoneInYear, isOpenOn, isOverdueOn } from '../../common/actionStanding';
import { isAdoptedInYear, isAttended, isCommentedInYear, isCommentMissed, isHosted, isMeetingOfYear, isRaisedBy, isRaisedInYear } from '../../common/yearStanding';
import { createTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';
import { docxDocument } from '../helpers/docx';

type Lang = 'vi' | 'en';
type Block = string | string[][];

const list = (nl: HTMLCollectionOf<Element>): Element[] => Array.from({ length: nl.length }, (_, i) => nl.item(i)!);
const all = (doc: Document | Element, tag: string) => list(doc.getElementsByTagName(tag));
/** A cell's text, its lines joined by a line break (a cell can hold the title and its source). */
const cellText = (c: Element) => all(c, 'w:r').map((r) => (all(r, 'w:br').length ? '\n' : '') + all(r, 'w:t').map((t) => t.textContent).join('')).join('');

async function blocksOf(file: string): Promise<Block[]> {
  const body = all(await docxDocument(file), 'w:body')[0]!;
  const out: Block[] = [];
  for (const child of list(body.childNodes as unknown as HTMLCollectionOf<Element>)) {
    if (child.nodeName === 'w:p') out.push(all(child, 'w:t').map((t) => t.textContent).join(''));
    else if (child.nodeName === 'w:tbl') out.push(all(child, 'w:tr').map((r) => all(r, 'w:tc').map(cellText)));
  }
  return out;
}

const W = {
  vi: {
    sections: ['I. ', 'II. ', 'III. ', 'IV. ', 'V. ', 'VI. '],
    annexes: 'PHỤ LỤC',
    annex: (n: number) => `Phụ lục ${n}.`,
    none: 'Không có.',
    attendance: { hosted: 'Đăng cai', not: 'Không tham dự' },
    done: 'Hoàn thành',
    cancelled: 'Đã hủy',
    late: '(quá hạn)',
    empty: (y: number) => `Năm ${y}, ASOEN Desk không ghi nhận hội nghị, đoàn công tác, văn kiện, nhiệm vụ hay thay đổi đầu mối nào; báo cáo này không có số liệu để tổng hợp.`,
    /** The overview's sentences: each figure by its pattern, or its sentence for zero. */
    figures: {
      attended: [/^- Năm \d+, Việt Nam đã tham dự (\d+)\/\d+ hội nghị/, /^- Năm \d+, không có hội nghị nào/],
      held: [/^- Năm \d+, Việt Nam đã tham dự \d+\/(\d+) hội nghị/, /^- Năm \d+, không có hội nghị nào/],
      hosted: [/^- Việt Nam đã đăng cai tổ chức (\d+) hội nghị\.$/, /^- Việt Nam không đăng cai hội nghị nào\.$/],
      delegations: [/^- Đã cử (\d+) đoàn công tác/, /^- Không cử đoàn công tác nào/],
      commented: [/^- Việt Nam đã góp ý (\d+) văn kiện/, /^- Không có văn kiện nào của ASEAN được ghi nhận là Việt Nam đã góp ý\.$/],
      adopted: [/^- Có (\d+) văn kiện ASEAN được thông qua/, /^- Không có văn kiện ASEAN nào được thông qua/],
      raised: [/^- Các hội nghị trong năm đã phát sinh (\d+) nhiệm vụ\.$/, /^- Các hội nghị trong năm không phát sinh nhiệm vụ nào\.$/],
      completed: [/^- Trong năm đã hoàn thành (\d+) nhiệm vụ\.$/, /^- Trong năm không hoàn thành nhiệm vụ nào\.$/],
      open: [/^- Đến ngày [\d/]+, còn (\d+) nhiệm vụ chưa hoàn thành/, /^- Đến ngày [\d/]+, không còn nhiệm vụ nào/],
      overdue: [/^- Đến ngày [\d/]+, còn \d+ nhiệm vụ chưa hoàn thành, trong đó (\d+) nhiệm vụ quá hạn\.$/, /^- Đến ngày [\d/]+, không còn nhiệm vụ nào/],
      focal: [/^- Có (\d+) thay đổi về cơ quan/, /^- Không có thay đổi nào về cơ quan/],
    },
    pillar: /tham dự (\d+)\/(\d+) hội nghị thuộc .*\((\w+)\)(?:, trong đó đăng cai (\d+) hội nghị)?\.$/,
    body: {
      attended: /tham dự (\d+)\/(\d+) hội nghị/,
      hosted: /tham dự \d+\/\d+ hội nghị, trong đó đăng cai (\d+) hội nghị/,
      commented: /Về văn kiện: đã góp ý (\d+) văn kiện/,
      adopted: /(\d+) văn kiện được thông qua/,
      missed: /(\d+) văn kiện quá hạn góp ý/,
      raised: /Phát sinh (\d+) nhiệm vụ/,
      done: /đã hoàn thành (\d+)/,
      open: /còn (\d+) chưa hoàn thành/,
      overdue: /quá hạn (\d+)/,
      focal: /Có (\d+) thay đổi/,
    },
  },
  en: {
    sections: ['I. ', 'II. ', 'III. ', 'IV. ', 'V. ', 'VI. '],
    annexes: 'ANNEXES',
    annex: (n: number) => `Annex ${n}.`,
    none: 'None.',
    attendance: { hosted: 'Hosted', not: 'Not attended' },
    done: 'Done',
    cancelled: 'Cancelled',
    late: '(overdue)',
    empty: (y: number) => `For ${y}, ASOEN Desk records no meeting, delegation, document, action item or change of focal point; this report has no figures to summarise.`,
    figures: {
      attended: [/^- In \d+, Viet Nam attended (\d+) of the \d+ meetings/, /^- In \d+, no meeting is recorded/],
      held: [/^- In \d+, Viet Nam attended \d+ of the (\d+) meetings/, /^- In \d+, no meeting is recorded/],
      hosted: [/^- Meetings hosted by Viet Nam: (\d+)\.$/, /^- Viet Nam hosted no meeting\.$/],
      delegations: [/^- Delegations sent to the year's meetings: (\d+)\.$/, /^- No delegation was sent/],
      commented: [/^- ASEAN documents Viet Nam commented on: (\d+)\.$/, /^- No ASEAN document is recorded as commented on/],
      adopted: [/^- ASEAN documents adopted in the year: (\d+)\.$/, /^- No ASEAN document was adopted/],
      raised: [/^- Action items raised by the year's meetings: (\d+)\.$/, /^- The year’s meetings raised no action item\.$/],
      completed: [/^- Action items completed in the year: (\d+)\.$/, /^- No action item was completed/],
      open: [/^- On [\d/]+, action items still open: (\d+),/, /^- On [\d/]+, no action item was still open/],
      overdue: [/^- On [\d/]+, action items still open: \d+, of which overdue: (\d+)\.$/, /^- On [\d/]+, no action item was still open/],
      focal: [/^- Changes of focal-point agencies and officers: (\d+)\.$/, /^- No focal-point agency or officer changed/],
    },
    pillar: /attended (\d+) of the (\d+) meetings of .*\((\w+)\)(?:, hosting (\d+) of them)?\.$/,
    body: {
      attended: /attended (\d+) of (\d+) meetings/,
      hosted: /attended \d+ of \d+ meetings, hosting (\d+)/,
      commented: /Documents – commented on: (\d+)/,
      adopted: /Documents – (?:[^.]*; )?adopted: (\d+)/,
      missed: /Documents – [^.]*?comment deadline missed: (\d+)/,
      raised: /Action items raised: (\d+)/,
      done: /done: (\d+)/,
      open: /still open: (\d+)/,
      overdue: /overdue: (\d+)/,
      focal: /Changes of focal points: (\d+)/,
    },
  },
} as const;

type FigureKey = keyof (typeof W)['vi']['figures'];

/** The report cut at its headings: the six sections of the narrative, and the annexes by number. */
function parts(b: Block[], lang: Lang) {
  const w = W[lang];
  const at = (prefix: string, from = 0) => b.findIndex((x, i) => i >= from && typeof x === 'string' && x.startsWith(prefix));
  const annexStart = at(w.annexes);
  expect(annexStart).toBeGreaterThan(0);
  const sections = w.sections.map((s, i) => {
    const start = at(s);
    const end = i + 1 < w.sections.length ? at(w.sections[i + 1]!) : annexStart;
    return b.slice(start, end);
  });
  const annex = (n: number) => {
    const start = at(w.annex(n), annexStart);
    const next = at(w.annex(n + 1), annexStart);
    return b.slice(start, next > 0 ? next : b.length);
  };
  return { sections, annex };
}

const tables = (bs: Block[]) => bs.filter((x): x is string[][] => Array.isArray(x));
const texts = (bs: Block[]) => bs.filter((x): x is string => typeof x === 'string');
const rowsOf = (t: string[][] | undefined) => (t ? t.slice(1) : []);
const count = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? Number(m[1]) : 0;
};

describe('the annual report: every figure of the narrative is its annex’s rows and its definition’s count', () => {
  let app: TestApp;
  const root = tempDir('asoen-annual-narrative-');
  beforeAll(() => {
    app = createTestApp({ sample: true });
    const folder = path.join(root, 'out');
    mkdirSync(folder);
    app.call('settings.update', { exportFolder: folder });
  });
  afterAll(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
  });

  async function report(year: number, language: Lang) {
    const started = app.call('exports.annualReport', { year, language, classifiedConfirmed: true }) as unknown as ExportJob;
    await app.ctx.services.jobs.wait(started.jobId);
    const job = app.call('jobs.status', { jobId: started.jobId });
    expect(job.state).toBe('done');
    return blocksOf(job.result!.file);
  }

  /** The definitions of common/, applied to the desk's rows read plainly. */
  function definitions(year: number, asOf: string) {
    const db = app.ctx.db;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const delegatedSql = (col: string) => `EXISTS (SELECT 1 FROM delegations d WHERE d.meeting_id = ${col} AND d.deleted_at IS NULL AND d.status <> 'cancelled')`;
    const meetings = (
      db
        .prepare(
          `SELECT m.status, m.start_date AS startDate, b.code AS bodyCode, COALESCE(c.code = 'VN', 0) AS hosted,
                  (${delegatedSql('m.id')} OR (m.parent_id IS NOT NULL AND ${delegatedSql('m.parent_id')})) AS delegated
             FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN countries c ON c.id = m.host_country_id WHERE m.deleted_at IS NULL`,
        )
        .all() as Array<{ status: string; startDate: string; bodyCode: string; hosted: number; delegated: number }>
    ).map((m) => ({ ...m, hosted: m.hosted === 1, delegated: m.delegated === 1 }));
    const docs = db
      .prepare(
        `SELECT doc.status, doc.comment_deadline AS commentDeadline, doc.approved_on AS approvedOn, doc.meeting_id AS meetingId, dm.start_date AS meetingStart,
                COALESCE(b.code, mb.code) AS bodyCode
           FROM asean_documents doc LEFT JOIN meetings dm ON dm.id = doc.meeting_id LEFT JOIN bodies b ON b.id = doc.body_id LEFT JOIN bodies mb ON mb.id = dm.body_id
          WHERE doc.deleted_at IS NULL`,
      )
      .all() as Array<{ status: string; commentDeadline: string | null; approvedOn: string | null; meetingId: string | null; meetingStart: string | null; bodyCode: string | null }>;
    const items = db
      .prepare(
        `SELECT t.status, t.due_date AS dueDate, t.completed_on AS completedOn, t.source_meeting_id AS sourceMeetingId, sm.start_date AS sourceMeetingStart,
                COALESCE(b.code, smb.code) AS bodyCode
           FROM action_items t LEFT JOIN meetings sm ON sm.id = t.source_meeting_id LEFT JOIN bodies b ON b.id = t.body_id LEFT JOIN bodies smb ON smb.id = sm.body_id
          WHERE t.deleted_at IS NULL`,
      )
      .all() as Array<{ status: string; dueDate: string | null; completedOn: string | null; sourceMeetingId: string | null; sourceMeetingStart: string | null; bodyCode: string | null }>;
    const delegations = (db.prepare(
      `SELECT count(*) AS n FROM delegations d JOIN meetings m ON m.id = d.meeting_id WHERE d.deleted_at IS NULL AND d.status <> 'cancelled' AND m.deleted_at IS NULL AND m.start_date BETWEEN ? AND ?`,
    ).get(from, to) as { n: number }).n;
    const focal = (db.prepare(
      `SELECT count(*) AS n FROM focal_assignments WHERE deleted_at IS NULL AND (valid_from BETWEEN @from AND @to OR (valid_from < @from AND valid_to BETWEEN @from AND @to))`,
    ).get({ from, to }) as { n: number }).n;
    const backlog = items.filter((t) => isOpenOn(t, asOf) && isRaisedBy(t, asOf));
    const raised = items.filter((t) => isRaisedInYear(t, year, asOf));
    const totals: Record<FigureKey, number> = {
      held: meetings.filter((m) => isMeetingOfYear(m, year)).length,
      attended: meetings.filter((m) => isAttended(m, year)).length,
      hosted: meetings.filter((m) => isHosted(m, year)).length,
      delegations,
      commented: docs.filter((d) => isCommentedInYear(d, year)).length,
      adopted: docs.filter((d) => isAdoptedInYear(d, year)).length,
      raised: raised.length,
      completed: items.filter((t) => isDoneInYear(t, year)).length,
      open: backlog.length,
      overdue: backlog.filter((t) => isOverdueOn(t, asOf)).length,
      focal,
    };
    const byBody = (code: string) => ({
      held: meetings.filter((m) => m.bodyCode === code && isMeetingOfYear(m, year)).length,
      attended: meetings.filter((m) => m.bodyCode === code && isAttended(m, year)).length,
      hosted: meetings.filter((m) => m.bodyCode === code && isHosted(m, year)).length,
      commented: docs.filter((d) => d.bodyCode === code && isCommentedInYear(d, year)).length,
      adopted: docs.filter((d) => d.bodyCode === code && isAdoptedInYear(d, year)).length,
      missed: docs.filter((d) => d.bodyCode === code && isCommentMissed(d, year, asOf)).length,
      raised: raised.filter((t) => t.bodyCode === code).length,
      done: raised.filter((t) => t.bodyCode === code && isDoneBy(t, asOf)).length,
      open: raised.filter((t) => t.bodyCode === code && isOpenOn(t, asOf)).length,
      overdue: raised.filter((t) => t.bodyCode === code && isOverdueOn(t, asOf)).length,
    });
    const missed = docs.filter((d) => isCommentMissed(d, year, asOf)).length;
    return { totals, byBody, missed };
  }

  function overviewFigures(overview: string[], lang: Lang): Record<FigureKey, number> {
    const out = {} as Record<FigureKey, number>;
    for (const [key, [figure, zero]] of Object.entries(W[lang].figures) as Array<[FigureKey, readonly [RegExp, RegExp]]>) {
      const line = overview.find((s) => figure.test(s) || zero.test(s));
      expect(line, `the overview states ${key}`).toBeDefined();
      const m = figure.exec(line!);
      out[key] = m ? Number(m[1]) : 0;
    }
    return out;
  }

  it.each([
    [2025, 'vi'],
    [2025, 'en'],
    [2026, 'vi'],
    [2026, 'en'],
  ] as const)('the sample desk’s report for %i (%s): the overview, the paragraphs by pillar and body, and the annexes agree with the definitions', async (year, lang) => {
    const asOf = year === 2026 ? '2026-11-21' : `${year}-12-31`;
    const w = W[lang];
    const b = await report(year, lang);
    const { sections, annex } = parts(b, lang);
    const def = definitions(year, asOf);

    // I. The year in figures: each figure is its definition's count...
    const figures = overviewFigures(texts(sections[0]!), lang);
    expect(figures).toEqual(def.totals);
    // ... and the rows of its annex.
    const meetingRows = tables(annex(1)).flatMap(rowsOf);
    const att = meetingRows[0] ? meetingRows[0].length - 1 : 0;
    expect(meetingRows).toHaveLength(figures.held);
    expect(meetingRows.filter((r) => r[att] !== w.attendance.not)).toHaveLength(figures.attended);
    expect(meetingRows.filter((r) => r[att] === w.attendance.hosted)).toHaveLength(figures.hosted);
    expect(tables(annex(2)).flatMap(rowsOf)).toHaveLength(figures.delegations);
    const docTables = annex(3);
    // Annex 3 has three parts, a) commented, b) adopted, c) missed: each a table or "none".
    const docPart = (i: number) => {
      const heads = docTables.map((x, k) => (typeof x === 'string' && /^[abc]\) /.test(x) ? k : -1)).filter((k) => k >= 0);
      const part = docTables.slice(heads[i]!, heads[i + 1] ?? docTables.length);
      return rowsOf(tables(part)[0]);
    };
    expect(docPart(0)).toHaveLength(figures.commented);
    expect(docPart(1)).toHaveLength(figures.adopted);
    expect(docPart(2)).toHaveLength(def.missed);
    const raisedRows = tables(annex(4)).flatMap(rowsOf);
    expect(raisedRows).toHaveLength(figures.raised);
    expect(tables(annex(5)).flatMap(rowsOf)).toHaveLength(figures.completed);
    const [byAgency, detail] = tables(annex(6));
    const sum = (col: number) => rowsOf(byAgency).reduce((s, r) => s + Number(r[col]), 0);
    expect([sum(2), sum(3)]).toEqual([figures.open, figures.overdue]);
    expect(rowsOf(detail)).toHaveLength(figures.open);
    expect(tables(annex(7)).flatMap(rowsOf)).toHaveLength(figures.focal);

    // II. By pillar: "attended X/Y meetings of the pillar" is its annex table's rows.
    const annexPillars = new Map<string, string[][]>();
    const a1 = annex(1);
    a1.forEach((x, i) => {
      const code = typeof x === 'string' ? /\((\w+)\)$/.exec(x)?.[1] : undefined;
      const t = a1[i + 1];
      if (code && Array.isArray(t)) annexPillars.set(code, rowsOf(t));
    });
    let pillarsStated = 0;
    for (const line of texts(sections[1]!)) {
      const m = w.pillar.exec(line);
      if (!m) continue;
      pillarsStated++;
      const rows = annexPillars.get(m[3]!) ?? [];
      expect([Number(m[1]), Number(m[2]), Number(m[4] ?? 0)]).toEqual([rows.filter((r) => r[att] !== w.attendance.not).length, rows.length, rows.filter((r) => r[att] === w.attendance.hosted).length]);
    }
    expect(pillarsStated).toBeGreaterThan(0);

    // II. By body: each body's figures are its definition's counts and its rows in the annexes.
    const bodyLines = texts(sections[1]!).filter((s) => /^- [A-Z0-9+-]+ – /.test(s));
    expect(bodyLines.length).toBeGreaterThan(0);
    const statusCol = raisedRows[0] ? raisedRows[0].length - 1 : 0;
    for (const line of bodyLines) {
      const code = /^- ([A-Z0-9+-]+) – /.exec(line)![1]!;
      const r = w.body;
      const stated = {
        held: r.attended.exec(line) ? Number(r.attended.exec(line)![2]) : 0,
        attended: count(r.attended, line),
        hosted: count(r.hosted, line),
        commented: count(r.commented, line),
        adopted: count(r.adopted, line),
        missed: count(r.missed, line),
        raised: count(r.raised, line),
        done: count(r.done, line),
        open: count(r.open, line),
        overdue: count(r.overdue, line.replace(r.missed, '')),
      };
      expect({ code, ...stated }).toEqual({ code, ...def.byBody(code) });
      // The same from the annexes: the body's meetings, documents and items as listed.
      const meetings = meetingRows.filter((x) => x[2] === code);
      expect([stated.held, stated.attended, stated.hosted]).toEqual([meetings.length, meetings.filter((x) => x[att] !== w.attendance.not).length, meetings.filter((x) => x[att] === w.attendance.hosted).length]);
      expect([stated.commented, stated.adopted, stated.missed]).toEqual([0, 1, 2].map((i) => docPart(i).filter((x) => x[2] === code).length));
      const items = raisedRows.filter((x) => x[2] === code);
      const status = (x: string[]) => x[statusCol]!;
      expect([stated.raised, stated.done, stated.open, stated.overdue]).toEqual([
        items.length,
        items.filter((x) => status(x) === w.done).length,
        items.filter((x) => status(x) !== w.done && status(x) !== w.cancelled).length,
        items.filter((x) => status(x).endsWith(w.late)).length,
      ]);
    }

    // IV restates the totals of I with their annexes.
    const iv = texts(sections[3]!).join(' ');
    for (const v of [figures.raised, figures.completed, figures.open, figures.overdue]) expect(iv).toContain(String(v));
  });

  it('the 2026 report names what the sample desk makes of the year: hosting, outcomes, documents, difficulties and 2027 (vi and en)', async () => {
    const viBlocks = await report(2026, 'vi');
    // Two departments share a name (before and after the 2025 merger): the backlog names each by its code too, not twice alike.
    const [byAgency] = tables(parts(viBlocks, 'vi').annex(6));
    const agencies = rowsOf(byAgency).map((r) => r[1]);
    expect(new Set(agencies).size).toBe(agencies.length);
    expect(agencies).toEqual(expect.arrayContaining(['Cục Bảo tồn thiên nhiên và Đa dạng sinh học (MAE-NCBD)', 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học (MONRE-NCBD)']));
    const vi = texts(viBlocks).join('\n');
    expect(vi).toContain('Việt Nam đã tham dự 3/3 hội nghị');
    expect(vi).toContain('Kết quả AWGNCB 36: Hội nghị đã rà soát tiến độ Kế hoạch Đa dạng sinh học ASEAN');
    expect(vi).toContain('Khung hợp tác ASEAN về quản lý chất lượng không khí đô thị (dự thảo) (hạn góp ý 15/10/2026)');
    expect(vi).toContain('chưa có quyết định cử đoàn');
    expect(vi).toContain('Từ nay đến hết năm 2026, còn 5 hội nghị theo kế hoạch, trong đó Việt Nam đăng cai 3 hội nghị');
    expect(vi).toContain('Năm 2027, đã có 2 hội nghị trong kế hoạch');
    const en = texts(await report(2026, 'en')).join('\n');
    // English uses the English texts, and says where only the Vietnamese exists.
    expect(en).toContain('Outcomes of AWGNCB 36: The meeting reviewed progress on the ASEAN Biodiversity Plan');
    expect(en).toContain('Outcomes of AHPC 13: (in Vietnamese only) Cuộc họp đã đánh giá');
    expect(en).toContain('Action items are recorded in Vietnamese only');
    const en2025 = texts(await report(2025, 'en')).join('\n');
    expect(en2025).toContain('Tuyên bố ASEAN về thúc đẩy quyền phát triển và quyền hòa bình hướng tới phát triển bao trùm, bền vững (Vietnamese title only)');
    expect(en2025).toContain('ASEAN Declaration on the Right to a Safe, Clean, Healthy and Sustainable Environment');
  });

  it.each(['vi', 'en'] as const)('a year with nothing in it says so plainly, and every annex is empty (%s)', async (lang) => {
    const w = W[lang];
    const b = await report(2001, lang);
    const { sections, annex } = parts(b, lang);
    expect(texts(sections[0]!).slice(1)).toEqual([w.empty(2001)]);
    for (const n of [1, 2, 4, 5, 6, 7]) expect(tables(annex(n))).toEqual([]);
    expect(texts(annex(1))).toContain(w.none);
    expect(definitions(2001, '2001-12-31').totals).toEqual({ held: 0, attended: 0, hosted: 0, delegations: 0, commented: 0, adopted: 0, raised: 0, completed: 0, open: 0, overdue: 0, focal: 0 });
  });
});
