// A second meeting of the same body with the same number, or a second person with the same name
// (diacritics, đ, case and spaces aside) and the same e-mail or passport name, is refused with a
// DUPLICATE error naming the existing record, unless the call says the duplicate is intended.
import { samePerson, sameMeeting } from '../../common/duplicates';
import type { DuplicateDetails } from '../../electron/handlers/duplicates';
import { createTestApp, type TestApp } from '../helpers/app';

type Refusal = { ok: false; error: { code: string; message: { vi: string; en: string }; details: DuplicateDetails } };

describe('duplicates', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp({ sample: true });
  });
  afterEach(() => app.close());

  const asoen = () => app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
  const meetingOf = (bodyId: string, sequence: number) => app.call('meetings.list', { filter: { bodyId }, limit: 50 }).items.find((m) => m.sequence === sequence)!;

  it('the rule folds names and keys as the office would', () => {
    expect(samePerson({ fullName: 'Nguyễn Văn Đông', email: 'NVDong@monre.gov.vn' }, { fullName: '  nguyen  van dong ', email: 'nvdong@monre.gov.vn ' })).toBe('email');
    expect(samePerson({ fullName: 'Trần Thị Hà', passportName: 'TRAN THI HA' }, { fullName: 'Tran Thi Ha', passportName: 'Trần Thị Hà' })).toBe('passportName');
    expect(samePerson({ fullName: 'Trần Thị Hà', email: 'a@x.vn' }, { fullName: 'Trần Thị Hà', email: 'b@x.vn' })).toBeNull();
    expect(samePerson({ fullName: 'Trần Thị Hà' }, { fullName: 'Trần Thị Hà' })).toBeNull();
    expect(samePerson({ fullName: 'Trần Thị Hà', email: 'a@x.vn' }, { fullName: 'Trần Thị Hải', email: 'a@x.vn' })).toBeNull();
    expect(sameMeeting({ bodyId: 'b', sequence: 35 }, { id: 'm', bodyId: 'b', sequence: 35 })).toBe(true);
    expect(sameMeeting({ bodyId: 'b', sequence: null }, { id: 'm', bodyId: 'b', sequence: null })).toBe(false);
    expect(sameMeeting({ id: 'm', bodyId: 'b', sequence: 35 }, { id: 'm', bodyId: 'b', sequence: 35 })).toBe(false);
  });

  it('refuses a second meeting of a body with the same number, naming the first; saves it when intended', () => {
    const body = asoen();
    const first = meetingOf(body.id, 35);
    const input = { bodyId: body.id, sequence: 35, titleVi: 'ASOEN 35 (nhập lại)', titleEn: 'ASOEN 35 (again)', startDate: '2024-07-29', endDate: '2024-08-01' };
    const refused = app.raw('meetings.create', input) as Refusal;
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('DUPLICATE');
    expect(refused.error.details).toEqual({ entity: 'meeting', existing: [{ id: first.id, labelVi: first.titleVi, labelEn: first.titleEn }] });
    expect(refused.error.message.vi).toContain(`“${first.titleVi}”`);
    expect(app.call('meetings.list', { filter: { bodyId: body.id }, limit: 50 }).items.filter((m) => m.sequence === 35)).toHaveLength(1);

    const intended = app.call('meetings.create', { ...input, duplicateIntended: true });
    expect(intended.sequence).toBe(35);
    // A resend of the same create (its answer lost) is not a duplicate of itself.
    const withId = { ...input, sequence: 99, id: '01900000-0000-7000-8000-000000000099' };
    app.call('meetings.create', withId);
    expect(app.call('meetings.create', withId).id).toBe(withId.id);
  });

  it('refuses an update that makes a meeting repeat another; a deleted meeting does not count', () => {
    const body = asoen();
    const m36 = meetingOf(body.id, 36);
    const refused = app.raw('meetings.update', { id: m36.id, version: m36.version, changes: { sequence: 35 } }) as Refusal;
    expect(refused.error.code).toBe('DUPLICATE');
    expect(refused.error.details.existing[0]!.id).toBe(meetingOf(body.id, 35).id);
    // Other changes of a meeting that already repeats one are not refused again.
    const twin = app.call('meetings.update', { id: m36.id, version: m36.version, changes: { sequence: 35 }, duplicateIntended: true });
    expect(app.call('meetings.update', { id: twin.id, version: twin.version, changes: { city: 'Viêng Chăn' } }).city).toBe('Viêng Chăn');

    const m35 = meetingOf(body.id, 35);
    const m50 = app.call('meetings.create', { bodyId: body.id, sequence: 50, titleVi: 'ASOEN 50', titleEn: 'ASOEN 50', startDate: '2040-07-01', endDate: '2040-07-02' });
    expect(app.call('meetings.delete', { id: m50.id, version: m50.version }).deletedAt).not.toBeNull();
    expect(app.call('meetings.update', { id: m35.id, version: m35.version, changes: { sequence: 50 } }).sequence).toBe(50);
  });

  it('refuses a person with the same folded name and e-mail or passport name; saves when intended', () => {
    const dong = app.call('people.create', { fullName: 'Phạm Thị Đào', email: 'PTDao@example.vn', passportName: 'PHAM THI DAO' });
    const sameEmail = app.raw('people.create', { fullName: 'pham thi  dao', email: 'ptdao@example.vn' }) as Refusal;
    expect(sameEmail.error.code).toBe('DUPLICATE');
    expect(sameEmail.error.details).toEqual({ entity: 'person', existing: [{ id: dong.id, labelVi: 'Phạm Thị Đào', labelEn: 'Phạm Thị Đào' }] });
    expect(sameEmail.error.message.en).toContain('“Phạm Thị Đào”');
    const samePassport = app.raw('people.create', { fullName: 'PHẠM THỊ ĐÀO', passportName: 'Pham Thi Dao' }) as Refusal;
    expect(samePassport.error.code).toBe('DUPLICATE');
    // A namesake with another e-mail is another person.
    expect(app.call('people.create', { fullName: 'Phạm Thị Đào', email: 'dao.pt@other.vn' }).fullName).toBe('Phạm Thị Đào');
    // Intended: saved.
    expect(app.call('people.create', { fullName: 'Pham Thi Dao', email: 'ptdao@example.vn', duplicateIntended: true }).email).toBe('ptdao@example.vn');

    // An update that makes a person repeat another.
    const other = app.call('people.create', { fullName: 'Lê Thị Mai', email: 'mai@example.vn' });
    const clash = app.raw('people.update', { id: other.id, version: other.version, changes: { fullName: 'Phạm thị đào', email: 'ptdao@EXAMPLE.vn' } }) as Refusal;
    expect(clash.error.code).toBe('DUPLICATE');
    expect(clash.error.details.existing.map((r) => r.id)).toContain(dong.id);
  });
});
