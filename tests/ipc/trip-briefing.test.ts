// The briefing carries the trip's data: the annotated agenda with Viet Nam's position on each item
// and the documents each concerns, the talking points, the meeting's contacts, and what the
// previous meeting of the series decided; the English briefing uses the English texts and says
// plainly where only the Vietnamese exists. Exporting it closes the timeline's "Briefing" step.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';
import { docxText } from '../helpers/docx';

describe('the briefing of a trip', () => {
  let app: TestApp;
  const root = tempDir('asoen-trip-briefing-');
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

  const meetingOf = (title: string) => app.call('meetings.list', { limit: 200 }).items.find((m) => m.titleEn.includes(title))!;
  async function briefing(meetingId: string, language: 'vi' | 'en'): Promise<string> {
    // ASOEN 35's delegation is marked Mật in the sample: the officer confirms the classified content.
    const started = app.call('exports.briefing', { meetingId, language, classifiedConfirmed: true }) as ExportJob;
    await app.ctx.services.jobs.wait(started.jobId);
    const job = app.call('jobs.status', { jobId: started.jobId });
    expect(job.state).toBe('done');
    return docxText(job.result!.file);
  }

  it('annotates ASOEN 35’s agenda with the positions and documents, and recalls ASOEN 34', async () => {
    const m = meetingOf('35th Meeting of the ASEAN Senior Officials');
    const vi = await briefing(m.id, 'vi');
    expect(vi).toContain('Chương trình nghị sự và lập trường của Việt Nam theo từng mục');
    expect(vi).toContain('Nhất trí trình AMME 04 đề cử số 58–61');
    expect(vi).toContain('Đề cử 04 khu bảo tồn thành Vườn di sản ASEAN số 58–61 (đã nhất trí, chờ thông qua)');
    expect(vi).toContain('Mục 2: Việt Nam là quốc gia có nhiều Vườn di sản ASEAN nhất');
    expect(vi).toContain('Đại sứ quán Việt Nam tại Lào');
    expect(vi).toContain('Kết quả ASOEN 34');
    expect(vi).toContain('Góp ý dự thảo lần cuối Tuyên bố ASEAN về biến đổi khí hậu trình COP 28');

    const en = await briefing(m.id, 'en');
    expect(en).toContain("Annotated agenda: Viet Nam's position on each item");
    expect(en).toContain('Agree to submit nominations 58–61 to AMME');
    // Item 4 has only a Vietnamese position: given, and said so.
    expect(en).toContain('Ủng hộ dự thảo (minh họa). [Vietnamese only: no English text is recorded]');
    expect(en).toContain('Attend ASOEN 35, the 26th ACB Governing Board and the partner dialogues');
  });

  it('closes the “Briefing” step of the timeline once exported', async () => {
    const m = meetingOf('26th ASEAN Senior Officials Meeting on Minerals');
    const step = () => app.call('timeline.meeting', { meetingId: m.id }).steps.find((s) => s.step === 'briefing')!;
    expect(step()).toMatchObject({ due: '2026-12-03', state: 'open' });
    await briefing(m.id, 'vi');
    expect(step().state).toBe('done');
  });
});
