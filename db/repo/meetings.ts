// Meetings of ASEAN bodies, the next number of a body's series, and the meeting page's overview
// (with its delegation and its readiness).
import type { InferSelectModel } from 'drizzle-orm';
import type { BodyKind } from '../../common/enums';
import type { Db } from '../open';
import * as s from '../schema';
import { actionItems } from './actionItems';
import { rowReader, statement } from './core/statements';
import { delegations } from './delegations';
import { readinessFrom } from './readiness';
import { computed, defineRepository } from './core/repository';
import { L, codeOf, eq, eqOrNull, inList, ref, text } from './core/fields';

export const meetings = defineRepository({
  entity: 'meeting',
  table: s.meetings,
  labels: L.meeting,
  fields: ['bodyId', 'sequence', 'titleVi', 'titleEn', 'startDate', 'endDate', 'city', 'hostCountryId', 'format', 'status', 'parentId', 'notes', 'previousId', 'outcomes', 'outcomesEn', 'timelineDays'],
  computed: {
    relatedCount: computed<number>('SELECT count(*) FROM meetings c WHERE c.parent_id = t.id AND c.deleted_at IS NULL'),
  },
  references: [ref('bodyId', s.bodies, L.body), ref('hostCountryId', s.countries, L.country), ref('parentId', s.meetings, L.meeting), ref('previousId', s.meetings, L.meeting)],
  dependents: [
    { table: s.meetings, column: 'parent_id', labels: { vi: 'cuộc họp liên quan', en: 'related meetings' } },
    { table: s.delegations, column: 'meeting_id', labels: { vi: 'đoàn công tác', en: 'delegations' } },
    { table: s.actionItems, column: 'source_meeting_id', labels: { vi: 'việc cần làm', en: 'action items' } },
    { table: s.agendaItems, column: 'meeting_id', labels: { vi: 'mục chương trình nghị sự', en: 'agenda items' } },
    { table: s.meetingContacts, column: 'meeting_id', labels: { vi: 'đầu mối liên hệ', en: 'contacts' } },
    { table: s.aseanDocuments, column: 'meeting_id', labels: { vi: 'văn kiện', en: 'documents' } },
  ],
  filters: {
    bodyId: eq('body_id'),
    status: inList('status'),
    parentId: eqOrNull('parent_id'),
    year: (y: number) => ({ sql: "t.start_date >= ? AND t.start_date < ?", params: [`${y}-01-01`, `${y + 1}-01-01`] }),
    from: (d: string) => ({ sql: 't.end_date >= ?', params: [d] }),
    to: (d: string) => ({ sql: 't.start_date <= ?', params: [d] }),
  },
  sorts: { startDate: 't.start_date', titleVi: 't.title_vi' },
  defaultSort: { field: 'startDate', dir: 'desc' },
  search: (db, r) => {
    const code = codeOf(db, 'bodies', r.bodyId);
    return {
      title: String(r.titleVi),
      subtitle: String(r.titleEn),
      text: text(code, r.sequence, code && r.sequence ? `${code}-${String(r.sequence)}` : null, r.titleVi, r.titleEn, r.city),
    };
  },
});

/** The names the meeting page shows beside the meeting, read with it in one statement. */
interface OverviewNames {
  bodyCode: string;
  bodyNameVi: string;
  bodyNameEn: string;
  bodyKind: BodyKind;
  hostCode: string | null;
  hostNameVi: string | null;
  hostNameEn: string | null;
}

/** The next sequence number of a body's meetings: ASOEN 36 after 35; null if none is numbered. */
export function nextSequence(db: Db, bodyId: string): number | null {
  const r = statement(db, `SELECT max(sequence) AS s FROM meetings WHERE body_id = ? AND deleted_at IS NULL`).get(bodyId) as { s: number | null };
  return r.s === null ? null : r.s + 1;
}

export function meetingOverview(db: Db, id: string) {
  // The meeting with its body and host country in one statement.
  const joined = meetings.findWith<OverviewNames>(db, id, {
    select: `b.code AS "bodyCode", b.name_vi AS "bodyNameVi", b.name_en AS "bodyNameEn", b.kind AS "bodyKind",
             c.code AS "hostCode", c.name_vi AS "hostNameVi", c.name_en AS "hostNameEn"`,
    joins: 'JOIN bodies b ON b.id = t.body_id LEFT JOIN countries c ON c.id = t.host_country_id',
  });
  if (!joined || joined.row.deletedAt) return meetings.get(db, id) as never; // throws NOT_FOUND, in the repository's words
  const { row: meeting, extra } = joined;
  const body = { id: meeting.bodyId, code: extra.bodyCode, nameVi: extra.bodyNameVi, nameEn: extra.bodyNameEn, kind: extra.bodyKind };
  // (The country's columns are all set when it joins: a host has a code and both names.)
  const host =
    meeting.hostCountryId && extra.hostCode !== null && extra.hostNameVi !== null && extra.hostNameEn !== null
      ? { id: meeting.hostCountryId, code: extra.hostCode, nameVi: extra.hostNameVi, nameEn: extra.hostNameEn }
      : undefined;
  const parent = meeting.parentId ? (meetings.find(db, meeting.parentId) ?? null) : null;
  const related = meetings.list(db, { filter: { parentId: id }, sort: { field: 'startDate', dir: 'asc' }, limit: 200 }).items;
  const delegationRow = delegations.list(db, { filter: { meetingId: id }, limit: 1 }).items[0] ?? null;
  // The members with their person and agency in one statement (not three per member).
  const memberRows = delegationRow
    ? rowReader<MemberDetailRow>(
        db,
        `SELECT m.id, m.created_at AS createdAt, m.updated_at AS updatedAt, m.version, m.deleted_at AS deletedAt, m.delegation_id AS delegationId,
                m.person_id AS personId, m.role, m.agency_id AS agencyId, m.position, m.travel_from AS travelFrom, m.travel_to AS travelTo,
                m.sort_order AS sortOrder, m.notes, m.flight_out AS flightOut, m.flight_back AS flightBack, m.hotel, m.visa_status AS visaStatus,
                m.per_diem_basis AS perDiemBasis,
                p.id AS pId, p.full_name AS pFullName, p.passport_name AS pPassportName, p.passport_expiry AS pPassportExpiry,
                p.position AS pPosition, p.email AS pEmail, p.phone AS pPhone,
                a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn
           FROM delegation_members m JOIN people p ON p.id = m.person_id LEFT JOIN agencies a ON a.id = m.agency_id
          WHERE m.delegation_id = ? AND m.deleted_at IS NULL ORDER BY m.sort_order, p.full_name`,
      ).all(delegationRow.id)
    : [];
  // Each member built field by field (an object rest copy, `{ pId, …, ...row }`, costs ten
  // times as much on rows this wide).
  const members = memberRows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    deletedAt: r.deletedAt,
    delegationId: r.delegationId,
    personId: r.personId,
    role: r.role,
    agencyId: r.agencyId,
    position: r.position,
    travelFrom: r.travelFrom,
    travelTo: r.travelTo,
    sortOrder: r.sortOrder,
    notes: r.notes,
    flightOut: r.flightOut,
    flightBack: r.flightBack,
    hotel: r.hotel,
    visaStatus: r.visaStatus,
    perDiemBasis: r.perDiemBasis,
    agencyCode: r.agencyCode,
    agencyNameVi: r.agencyNameVi,
    agencyNameEn: r.agencyNameEn,
    person: { id: r.pId, fullName: r.pFullName, passportName: r.pPassportName, passportExpiry: r.pPassportExpiry, position: r.pPosition, email: r.pEmail, phone: r.pPhone },
  }));
  const briefingProduced = !!statement(db, `SELECT 1 FROM exports WHERE meeting_id = ? AND kind = 'briefing' AND status = 'done' AND deleted_at IS NULL LIMIT 1`).get(id);
  const readiness = readinessFrom(
    delegationRow ? { decisionNumber: delegationRow.decisionNumber as string | null } : undefined,
    members.map((m) => ({ delegationId: m.delegationId, personId: m.personId, fullName: m.person.fullName, passportExpiry: m.person.passportExpiry, role: m.role, travelTo: m.travelTo })),
    meeting.endDate as string,
    briefingProduced,
  );
  const actionItemCount = actionItems.count(db, { filter: { sourceMeetingId: id } });
  return {
    previous: seriesMemory(db, meeting),
    meeting,
    body: { id: body.id, code: body.code, nameVi: body.nameVi, nameEn: body.nameEn, kind: body.kind },
    hostCountry: host ? { id: host.id, code: host.code, nameVi: host.nameVi, nameEn: host.nameEn } : null,
    parent: parent && !parent.deletedAt ? parent : null,
    related,
    delegation: delegationRow,
    members,
    readiness,
    actionItemCount,
  };
}

/**
 * The previous meeting of a meeting's series: the one the officer set (if it still exists), else
 * the one proposed (same body, number − 1); null when there is neither.
 */
export function previousIdOf(db: Db, meeting: { id: string; bodyId: string; sequence: number | null; previousId: string | null }): string | null {
  const r = statement(
    db,
    `SELECT CASE WHEN @previousId IS NOT NULL THEN (SELECT p.id FROM meetings p WHERE p.id = @previousId AND p.deleted_at IS NULL)
                 ELSE (SELECT p.id FROM meetings p WHERE p.body_id = @bodyId AND p.sequence = @sequence - 1 AND p.deleted_at IS NULL AND p.id <> @id
                        ORDER BY p.start_date DESC LIMIT 1) END AS id`,
  ).get({ previousId: meeting.previousId, bodyId: meeting.bodyId, sequence: meeting.sequence, id: meeting.id }) as { id: string | null };
  return r.id;
}

/** How many of the previous meeting's action items the meeting page and the briefing show. */
export const SERIES_ITEMS = 50;

/**
 * Series memory: the previous meeting and the action items it raised (open ones first, then by
 * due day), with how many there are. The same statements whether or not there is one (the meeting
 * page costs the same for every meeting).
 */
export function seriesMemory(db: Db, meeting: { id: string; bodyId: string; sequence: number | null; previousId: string | null }) {
  const previousId = previousIdOf(db, meeting);
  const previous = meetings.find(db, previousId ?? '');
  const filter = { sourceMeetingId: previousId ?? '' };
  const items = actionItems.list(db, { filter, sort: { field: 'dueDate', dir: 'asc' }, limit: SERIES_ITEMS }).items;
  const total = actionItems.count(db, { filter });
  if (!previous) return null;
  const order = (s: string) => (s === 'done' || s === 'cancelled' ? 1 : 0);
  items.sort((a, b) => order(a.status) - order(b.status));
  return { meeting: previous, proposed: meeting.previousId === null, actionItems: items, actionItemTotal: total };
}

/** A member as the meeting page reads it: the member's row (its table's type) with the person's and agency's columns. */
type MemberDetailRow = InferSelectModel<typeof s.delegationMembers> & {
  pId: string;
  pFullName: string;
  pPassportName: string | null;
  pPassportExpiry: string | null;
  pPosition: string | null;
  pEmail: string | null;
  pPhone: string | null;
  agencyCode: string | null;
  agencyNameVi: string | null;
  agencyNameEn: string | null;
};
