// The post-trip report (báo cáo kết quả chuyến công tác) of a delegation, read back from the Word
// file as an officer would see it: the meeting and the delegation, the positions taken on each
// agenda item, the outcomes, the documents adopted, the new action items with their owners and
// deadlines, the previous meeting's commitments, the day it is due; the English report uses the
// English texts and says where only the Vietnamese exists; a classified delegation's report
// carries the marking; recording the delegation as reported closes the timeline's step.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';
import { docxText } from '../helpers/docx';

describe('the post-trip report', () => {
  let app: TestApp;
  const root = tempDir('asoen-post-trip-');
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

  /** The refusal (or question) a request gets; null when it is accepted. */
  const refusal = (input: Record<string, unknown>) => {
    const env = app.raw('exports.postTripReport', input) as { ok: boolean; error?: { code: string; message: { vi: string; en: string }; details: Record<string, unknown> } };
    return env.ok ? null : env.error!;
  };
  const meetingOf = (title: string) => app.call('meetings.list', { limit: 200 }).items.find((m) => m.titleEn.includes(title))!;
  async function report(meetingId: string, language: 'vi' | 'en', classifiedConfirmed?: boolean): Promise<{ text: string; fileName: string }> {
    const started = app.call('exports.postTripReport', { meetingId, language, ...(classifiedConfirmed ? { classifiedConfirmed } : {}) }) as ExportJob;
    await app.ctx.services.jobs.wait(started.jobId);
    const job = app.call('jobs.status', { jobId: started.jobId });
    expect(job.state).toBe('done');
    return { text: await docxText(job.result!.file), fileName: job.result!.fileName };
  }

  it('reports ASOEN 34 in Vietnamese: meeting, delegation, positions, outcomes, documents adopted, new tasks, the due day', async () => {
    const m = meetingOf('34th Meeting of the ASEAN Senior Officials');
    const { text, fileName } = await report(m.id, 'vi');
    expect(fileName).toBe('2023-07-31 ASOEN 34 - Báo cáo kết quả chuyến công tác (vi).docx');
    // The sections, in the order a ministry writes them.
    const sections = [
      'I. THÔNG TIN CHUNG VỀ HỘI NGHỊ VÀ ĐOÀN CÔNG TÁC',
      'II. NỘI DUNG CHÍNH VÀ KẾT QUẢ HỘI NGHỊ',
      'III. SỰ THAM GIA VÀ LẬP TRƯỜNG CỦA VIỆT NAM',
      'IV. VĂN KIỆN ĐƯỢC THÔNG QUA VÀ CẦN TIẾP TỤC THEO DÕI',
      'V. NHIỆM VỤ CỦA VIỆT NAM SAU HỘI NGHỊ',
      'VI. ĐỀ XUẤT, KIẾN NGHỊ',
    ];
    const at = sections.map((s) => text.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả chuyến công tác tham dự Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 34 (ASOEN 34)');
    // The opening: the sending decision, the dates, the head, the place.
    expect(text).toContain('Thực hiện Quyết định số 1234/QĐ-BTNMT ngày 21/07/2023');
    expect(text).toContain('từ ngày 31/07/2023 đến ngày 04/08/2023');
    expect(text).toContain('do Nguyễn Văn Đông, Vụ trưởng Vụ Hợp tác quốc tế, kiêm Chánh Văn phòng ASEAN Việt Nam, làm Trưởng đoàn');
    expect(text).toContain('đã tham dự Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 34 (ASOEN 34) và các hội nghị liên quan tại Bogor, Tây Java');
    // The delegation: members with their roles; the return and the report's due day (15 days after).
    expect(text).toContain('Đỗ Thị Lan Anh');
    expect(text).toContain('Bùi Văn Hải');
    expect(text).toContain('Thư ký');
    expect(text).toContain('Ngày về nước: 05/08/2023');
    expect(text).toContain('Thời hạn nộp báo cáo: 20/08/2023 (15 ngày sau ngày về nước)');
    // The related meetings of the chain.
    expect(text).toContain('Hội nghị Hội đồng quản trị Trung tâm ASEAN về Đa dạng sinh học lần thứ 25');
    // What was discussed and the positions taken.
    expect(text).toContain('Mục 2: Dự thảo lần cuối Tuyên bố ASEAN về biến đổi khí hậu trình COP 28');
    expect(text).toContain('Nhất trí nội dung dự thảo để trình cấp Bộ trưởng và Cấp cao ASEAN (minh họa).');
    expect(text).toContain('Ủng hộ đề cử của Thái Lan');
    expect(text).toContain('Chủ động, tích cực tham gia');
    // The outcomes recorded.
    expect(text).toContain('Hội nghị Hội đồng quản trị ACB lần thứ 25 thông qua đề cử 02 khu bảo tồn của Thái Lan thành Vườn di sản ASEAN thứ 56 và 57');
    // Documents adopted or dealt with at the meeting and its chain, with their status.
    expect(text).toContain('Hội nghị và các hội nghị liên quan đã xem xét 04 văn kiện, trong đó 02 văn kiện đã được thông qua:');
    expect(text).toContain('Tuyên bố ASEAN về biến đổi khí hậu trình COP 28');
    expect(text).toContain('Đề cử 02 khu bảo tồn của Thái Lan thành Vườn di sản ASEAN thứ 56 và 57');
    expect(text).toContain('Kế hoạch hành động ASEAN về ngăn chặn suy giảm các loài động vật hoang dã');
    expect(text).toContain('Đã nhất trí, chờ thông qua');
    expect(text).toContain('Phê duyệt trong nước: Chính phủ (nghị quyết)');
    // The tasks the meeting raised: owners and deadlines.
    expect(text).toContain('Chuẩn bị nội dung tham dự AMME 17 trên cơ sở kết quả ASOEN 34');
    expect(text).toContain('Lê Hoàng Nam');
    expect(text).toContain('15/08/2023');
    expect(text).toContain('Tham gia xây dựng Kế hoạch hành động ASEAN về ngăn chặn suy giảm các loài động vật hoang dã');
    expect(text).toContain('28/07/2024');
    expect(text).toContain('Đang thực hiện (quá hạn)');
    // The previous meeting of the series (ASOEN 31) and the next (ASOEN 35).
    expect(text).toContain('2. Tình hình thực hiện các cam kết tại ASOEN 31');
    expect(text).toContain('Chuẩn bị nội dung tham dự Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 35 (ASOEN 35)');
    // Proposals drawn from the open work, and the officer's own said plainly.
    expect(text).toContain('Giao các đơn vị chủ trì thực hiện 04 nhiệm vụ nêu tại Mục V');
    expect(text).toContain('[Cán bộ soạn thảo bổ sung các đề xuất, kiến nghị cụ thể của Đoàn (nếu có) trước khi trình ký.]');
    // The frame: a number left for the clerk, the report's symbol, whom it goes to, and the head
    // of delegation signing it in their own right, with the copies opposite.
    expect(text).toMatch(/Số:\s*\/BC-VPASEAN/);
    expect(text).toContain('Kính gửi: Lãnh đạo Bộ');
    expect(text).toMatch(/TRƯỞNG ĐOÀN\s*Nguyễn Văn Đông/);
    expect(text).toContain('Nơi nhận:');
    expect(text).not.toContain('MẬT');
  });

  it('reports in English from the English texts, and says where only the Vietnamese exists', async () => {
    const m = meetingOf('34th Meeting of the ASEAN Senior Officials');
    const { text, fileName } = await report(m.id, 'en');
    expect(fileName).toBe('2023-07-31 ASOEN 34 - Post-trip report (en).docx');
    expect(text).toContain('POST-TRIP REPORT');
    expect(text).toContain('Delegation of Viet Nam to the 34th Meeting of the ASEAN Senior Officials on the Environment (ASOEN 34) and Related Meetings');
    expect(text).toContain('Under Decision No. 1234/QĐ-BTNMT of 21/07/2023');
    expect(text).toContain('led by Nguyễn Văn Đông,');
    expect(text).toContain('Report due: 20/08/2023 (15 days after the return)');
    expect(text).toContain('II. MAIN CONTENTS AND RESULTS OF THE MEETING');
    expect(text).toContain('The 25th ACB Governing Board approved the nomination of two protected areas of Thailand as ASEAN Heritage Parks 56 and 57');
    expect(text).toContain('Agree the draft for submission to the Ministers and the Summit (illustrative).');
    // Agenda item 3 has only a Vietnamese position: given, and said so.
    expect(text).toContain('Ghi nhận kết quả; đề nghị các đối tác tiếp tục hỗ trợ nâng cao năng lực (minh họa). [Vietnamese only: no English text is recorded]');
    expect(text).toContain('ASEAN Joint Statement on Climate Change to UNFCCC COP 28');
    expect(text).toContain('Agreed ad referendum');
    expect(text).toContain('Tasks are recorded in Vietnamese only: their titles are given as recorded.');
    expect(text).toContain('Complete the domestic approval of the document in Section IV that requires it.');
    expect(text).toContain("Prepare Viet Nam's participation in the 35th Meeting of the ASEAN Senior Officials");
    expect(text).toContain('[The drafting officer adds the delegation');
    // No Vietnamese outcomes or headings where the English exists.
    expect(text).not.toContain('Hội nghị đã xem xét báo cáo hoạt động');
    expect(text).not.toContain('THÔNG TIN CHUNG');
  });

  it('carries the marking of a classified delegation, once the officer confirms', async () => {
    const m = meetingOf('35th Meeting of the ASEAN Senior Officials');
    const asked = refusal({ meetingId: m.id, language: 'vi' })!;
    expect(asked.code).toBe('VALIDATION');
    expect(asked.details).toEqual({ needsConfirmation: 'classified', marking: 'confidential', delegations: 1 });
    const { text, fileName } = await report(m.id, 'vi', true);
    expect(fileName.startsWith('MẬT - 2024-07-28 ASOEN 35 - Báo cáo kết quả chuyến công tác')).toBe(true);
    // The marking stands under the number and symbol (Circular 24/2020/TT-BCA), before the title.
    expect(text.indexOf(' MẬT ')).toBeGreaterThan(text.indexOf('Số:'));
    expect(text.indexOf(' MẬT ')).toBeLessThan(text.indexOf('BÁO CÁO'));
    expect(text).toContain('đề cử 04 khu bảo tồn thành Vườn di sản ASEAN số 58–61');
  });

  it('is refused for a meeting without a delegation, in the officer’s words', () => {
    const m = meetingOf('26th ASEAN Senior Officials Meeting on Minerals');
    const without = app.call('meetings.create', { bodyId: m.bodyId, titleVi: 'Họp không cử đoàn', titleEn: 'Meeting without a delegation', startDate: '2026-10-01', endDate: '2026-10-02' });
    const refused = refusal({ meetingId: without.id, language: 'en' })!;
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message.vi).toContain('Hội nghị này chưa có đoàn công tác');
    expect(refused.message.en).toContain('This meeting has no delegation');
    expect(app.call('exports.list', { limit: 10, meetingId: without.id }).items).toEqual([]);
  });

  it('is logged with its meeting, never as its briefing; recording the delegation as reported closes the timeline step', async () => {
    const m = meetingOf('37th Meeting of the ASEAN Senior Officials');
    const step = () => app.call('timeline.meeting', { meetingId: m.id }).steps.find((s) => s.step === 'post_trip_report')!;
    // Back on 8 August 2026: due 23 August, overdue on the desk's day (21 November 2026).
    expect(step()).toMatchObject({ due: '2026-08-23', state: 'overdue' });
    const { text } = await report(m.id, 'vi');
    expect(text).toContain('Thời hạn nộp báo cáo: 23/08/2026 (15 ngày sau ngày về nước)');
    expect(text).toContain('(Chưa ghi nhận kết quả của hội nghị trên ASOEN Desk: cán bộ soạn thảo bổ sung trước khi trình ký.)');
    // Exporting alone does not say the report was submitted.
    expect(step().state).toBe('overdue');
    const logged = app.call('exports.list', { limit: 10, meetingId: m.id }).items;
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ kind: 'post_trip_report', status: 'done', meetingId: m.id });
    expect(app.call('meetings.overview', { id: m.id }).readiness.briefingProduced).toBe(false);
    // The officer records the delegation as reported: one logged update.
    const delegation = app.call('meetings.overview', { id: m.id }).delegation!;
    const history = () => app.call('history.get', { ids: [delegation.id] });
    const before = history().length;
    app.call('delegations.update', { id: delegation.id, version: delegation.version, changes: { status: 'reported' } });
    expect(step().state).toBe('done');
    expect(history()).toHaveLength(before + 1);
  });
});
