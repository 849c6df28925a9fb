// The data model of ASOEN Desk (drizzle). `npm run db:generate` turns changes here into SQL in
// migrations/. Conventions, checked by tests:
// - every entity row has a text id that sorts by creation time (UUIDv7), created_at, updated_at,
//   a version for optimistic concurrency and a tombstone (deleted_at) instead of deletion;
// - calendar dates are 'YYYY-MM-DD' text, instants are ISO-8601 UTC text;
// - enumerations and date formats are CHECKed here as well as validated by the contract.
import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  ACTION_STATUSES,
  AGENCY_KINDS,
  APPROVAL_LEVELS,
  CONTACT_KINDS,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  VISA_STATUSES,
  BODY_KINDS,
  CADENCES,
  CHANGE_OPS,
  CHANGE_ORIGINS,
  CLASSIFICATIONS,
  EXCHANGE_CONFLICT_KINDS,
  COUNTRY_KINDS,
  DELEGATION_STATUSES,
  EXPORT_KINDS,
  EXPORT_STATUSES,
  FOCAL_ROLES,
  FUNDING_SOURCES,
  LEGAL_BASIS_KINDS,
  MEETING_FORMATS,
  MEETING_STATUSES,
  MEMBER_ROLES,
  PILLAR_CODES,
  PRIORITIES,
  SUCCESSION_KINDS,
} from '../common/enums';

const entityColumns = () => ({
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
  deletedAt: text('deleted_at'),
});

/**
 * A later claimant of a unique key (issue #17): '' for the record that holds the key; the record's
 * own id when another live record claimed the same key first and both came together through the
 * exchange (db/exchange/claims.ts). The unique index takes this column as its last part, so two
 * holders of one key are still refused while a claimant is kept (nothing lost) until an officer
 * merges, renames or deletes it from the conflicts inbox. Written by the exchange only, never a
 * field of the record: every laptop derives it from the same change log order, so it converges.
 */
const claimantColumn = (name = 'claimant') => text(name).notNull().default('');

function oneOf(col: AnySQLiteColumn, values: readonly string[]): SQL {
  return sql`${col} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}
/** A calendar date 'YYYY-MM-DD' that exists (SQLite's date() normalises impossible dates away). */
function isDate(col: AnySQLiteColumn): SQL {
  return sql`${col} IS NULL OR (length(${col}) = 10 AND date(${col}) IS ${col})`;
}
function versionCheck(name: string, col: AnySQLiteColumn) {
  return check(`${name}_version_positive`, sql`${col} >= 1`);
}
function ordered(from: AnySQLiteColumn, to: AnySQLiteColumn): SQL {
  return sql`${to} IS NULL OR ${from} IS NULL OR ${to} >= ${from}`;
}

export const pillars = sqliteTable(
  'pillars',
  {
    ...entityColumns(),
    code: text('code', { enum: PILLAR_CODES }).notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    claimant: claimantColumn(),
  },
  (t) => [
    uniqueIndex('pillars_code_live').on(t.code, t.claimant).where(sql`deleted_at IS NULL`),
    check('pillars_code_valid', oneOf(t.code, PILLAR_CODES)),
    versionCheck('pillars', t.version),
  ],
);

export const countries = sqliteTable(
  'countries',
  {
    ...entityColumns(),
    /** ISO 3166-1 alpha-2 where one exists (VN, TL); 'EU' for the European Union. */
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: COUNTRY_KINDS }).notNull(),
    /** ASEAN membership has dates: Timor-Leste joined in October 2025. */
    memberFrom: text('member_from'),
    memberTo: text('member_to'),
    notes: text('notes'),
    claimant: claimantColumn(),
  },
  (t) => [
    uniqueIndex('countries_code_live').on(t.code, t.claimant).where(sql`deleted_at IS NULL`),
    check('countries_kind_valid', oneOf(t.kind, COUNTRY_KINDS)),
    check('countries_member_from_date', isDate(t.memberFrom)),
    check('countries_member_to_date', isDate(t.memberTo)),
    check('countries_membership_ordered', ordered(t.memberFrom, t.memberTo)),
    versionCheck('countries', t.version),
  ],
);

export const bodies = sqliteTable(
  'bodies',
  {
    ...entityColumns(),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    pillarId: text('pillar_id').references(() => pillars.id),
    kind: text('kind', { enum: BODY_KINDS }).notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => bodies.id),
    /** The dialogue partner of a partner dialogue (ASEAN–Japan…), if any. */
    partnerCountryId: text('partner_country_id').references(() => countries.id),
    cadence: text('cadence', { enum: CADENCES }).notNull().default('annual'),
    /** Codes the body was known by before (AWGMEA for AWGCW), a JSON array of strings. */
    formerCodes: text('former_codes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    notes: text('notes'),
    /**
     * The code of the body's pillar, copied by triggers (migration 0007: on insert, on a change
     * of pillar_id, on a change of a pillar's code); never written by the app. It gives the
     * focal-point matrix's order (pillar code, then body code) an index.
     */
    pillarCode: text('pillar_code'),
    claimant: claimantColumn(),
  },
  (t) => [
    uniqueIndex('bodies_code_live').on(t.code, t.claimant).where(sql`deleted_at IS NULL`),
    // Every body (deleted ones too) in code order: the annual report's focal-point changes are
    // listed by body code, body by body, so that the list stops after its first bodies.
    index('bodies_code').on(t.code),
    index('bodies_parent').on(t.parentId),
    // The matrix's order, the `pillar` sort of bodies.list (db/repo/entities.ts): the same
    // expression, so a page is read in index order and stops at the page.
    index('bodies_pillar_order')
      .on(sql`(coalesce(${t.pillarCode}, '') || ' ' || ${t.code})`, t.id)
      .where(sql`deleted_at IS NULL`),
    check('bodies_kind_valid', oneOf(t.kind, BODY_KINDS)),
    check('bodies_cadence_valid', oneOf(t.cadence, CADENCES)),
    check('bodies_former_codes_json', sql`json_valid(${t.formerCodes}) AND json_type(${t.formerCodes}) = 'array'`),
    check('bodies_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    versionCheck('bodies', t.version),
  ],
);

export const agencies = sqliteTable(
  'agencies',
  {
    ...entityColumns(),
    /** A short code unique among live agencies (MONRE, MAE, MOFA-ASEAN…). */
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    abbreviation: text('abbreviation'),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => agencies.id),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    notes: text('notes'),
    claimant: claimantColumn(),
  },
  (t) => [
    uniqueIndex('agencies_code_live').on(t.code, t.claimant).where(sql`deleted_at IS NULL`),
    index('agencies_parent').on(t.parentId),
    check('agencies_kind_valid', oneOf(t.kind, AGENCY_KINDS)),
    check('agencies_valid_from_date', isDate(t.validFrom)),
    check('agencies_valid_to_date', isDate(t.validTo)),
    check('agencies_validity_ordered', ordered(t.validFrom, t.validTo)),
    check('agencies_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    versionCheck('agencies', t.version),
  ],
);

export const legalBases = sqliteTable(
  'legal_bases',
  {
    ...entityColumns(),
    /** As written: '142/QĐ-TTg'. The number alone is ambiguous; number + date + issuer is not. */
    number: text('number').notNull(),
    kind: text('kind', { enum: LEGAL_BASIS_KINDS }).notNull(),
    issuedOn: text('issued_on').notNull(),
    issuer: text('issuer').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en'),
    inForceFrom: text('in_force_from'),
    inForceTo: text('in_force_to'),
    notes: text('notes'),
    claimant: claimantColumn(),
  },
  (t) => [
    uniqueIndex('legal_bases_identity_live').on(t.number, t.issuedOn, t.claimant).where(sql`deleted_at IS NULL`),
    check('legal_bases_kind_valid', oneOf(t.kind, LEGAL_BASIS_KINDS)),
    check('legal_bases_issued_on_date', sql`date(${t.issuedOn}) IS ${t.issuedOn}`),
    check('legal_bases_in_force_from_date', isDate(t.inForceFrom)),
    check('legal_bases_in_force_to_date', isDate(t.inForceTo)),
    check('legal_bases_in_force_ordered', ordered(t.inForceFrom, t.inForceTo)),
    versionCheck('legal_bases', t.version),
  ],
);

export const agencySuccessions = sqliteTable(
  'agency_successions',
  {
    ...entityColumns(),
    /** "A became B on date D"; a merger is several rows with the same successor and date. */
    predecessorId: text('predecessor_id')
      .notNull()
      .references(() => agencies.id),
    successorId: text('successor_id')
      .notNull()
      .references(() => agencies.id),
    effectiveOn: text('effective_on').notNull(),
    kind: text('kind', { enum: SUCCESSION_KINDS }).notNull(),
    legalBasisId: text('legal_basis_id').references(() => legalBases.id),
    notes: text('notes'),
  },
  (t) => [
    index('agency_successions_predecessor').on(t.predecessorId),
    index('agency_successions_successor').on(t.successorId),
    check('agency_successions_kind_valid', oneOf(t.kind, SUCCESSION_KINDS)),
    check('agency_successions_effective_date', sql`date(${t.effectiveOn}) IS ${t.effectiveOn}`),
    check('agency_successions_distinct', sql`${t.predecessorId} <> ${t.successorId}`),
    versionCheck('agency_successions', t.version),
  ],
);

export const people = sqliteTable(
  'people',
  {
    ...entityColumns(),
    /** As written in Vietnamese, with diacritics: 'Nguyễn Văn Đông'. */
    fullName: text('full_name').notNull(),
    /** As in the passport: 'NGUYEN VAN DONG'. */
    passportName: text('passport_name'),
    position: text('position'),
    agencyId: text('agency_id').references(() => agencies.id),
    email: text('email'),
    phone: text('phone'),
    passportExpiry: text('passport_expiry'),
    notes: text('notes'),
  },
  (t) => [
    index('people_agency').on(t.agencyId),
    // The directory and the people pickers list people by name: a search box walks this order
    // and stops at a page (db/repo/core.ts, list) instead of sorting every match.
    index('people_full_name').on(t.fullName, t.id),
    check('people_passport_expiry_date', isDate(t.passportExpiry)),
    versionCheck('people', t.version),
  ],
);

export const focalAssignments = sqliteTable(
  'focal_assignments',
  {
    ...entityColumns(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    personId: text('person_id').references(() => people.id),
    role: text('role', { enum: FOCAL_ROLES }).notNull(),
    legalBasisId: text('legal_basis_id').references(() => legalBases.id),
    validFrom: text('valid_from').notNull(),
    /** Inclusive last day; NULL while in force. */
    validTo: text('valid_to'),
    notes: text('notes'),
  },
  (t) => [
    index('focal_assignments_body_period').on(t.bodyId, t.validFrom),
    index('focal_assignments_agency').on(t.agencyId),
    index('focal_assignments_period').on(t.validFrom, t.validTo),
    // "In force on D" per body, answered from the index alone: the open-ended rows
    // (valid_to IS NULL AND valid_from <= D) and the ones ending on or after D, live rows only.
    index('focal_assignments_body_in_force').on(t.bodyId, t.validTo, t.validFrom).where(sql`deleted_at IS NULL`),
    // The annual report's count of changes: live rows that start in a year, and those that end in
    // it having started before, each one range of an index that holds every column it reads.
    index('focal_assignments_live_from').on(t.validFrom, t.deletedAt).where(sql`deleted_at IS NULL`),
    index('focal_assignments_live_to').on(t.validTo, t.validFrom, t.deletedAt).where(sql`deleted_at IS NULL`),
    check('focal_assignments_role_valid', oneOf(t.role, FOCAL_ROLES)),
    check('focal_assignments_valid_from_date', sql`date(${t.validFrom}) IS ${t.validFrom}`),
    check('focal_assignments_valid_to_date', isDate(t.validTo)),
    check('focal_assignments_period_ordered', ordered(t.validFrom, t.validTo)),
    versionCheck('focal_assignments', t.version),
  ],
);

/**
 * Derived, never written by the app: for each live body, its focal-point coverage, i.e. the
 * union of the periods of its live assignments merged into disjoint intervals (adjacent or
 * overlapping periods of any role form one interval; valid_to NULL = open-ended). Kept by
 * triggers on focal_assignments and bodies (migration 0007, FOCAL_COVERAGE_REBUILD in
 * db/repo/focal.ts). "Has a focal point on D" is then one interval per body, and the number of
 * bodies covered on D is the number of intervals containing D.
 */
export const focalCoverage = sqliteTable(
  'focal_coverage',
  {
    bodyId: text('body_id').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
  },
  (t) => [
    // One body's intervals (the latest starting on or before D: one seek), and every interval
    // by start (the count of bodies covered on D); both hold every column (covering).
    uniqueIndex('focal_coverage_body').on(t.bodyId, t.validFrom, t.validTo),
    index('focal_coverage_period').on(t.validFrom, t.validTo),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    ...entityColumns(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    /** ASOEN 35 → 35. */
    sequence: integer('sequence'),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    city: text('city'),
    hostCountryId: text('host_country_id').references(() => countries.id),
    format: text('format', { enum: MEETING_FORMATS }).notNull().default('in_person'),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('planned'),
    /** Back-to-back related meetings hang under the main one (ASEAN+3 SOME under ASOEN 35). */
    parentId: text('parent_id').references((): AnySQLiteColumn => meetings.id),
    notes: text('notes'),
    /**
     * Series memory: the previous meeting of the same series (ASOEN 35 → ASOEN 34), whose action
     * items the briefing carries. Proposed by the app (same body, sequence − 1), set by the officer.
     */
    previousId: text('previous_id').references((): AnySQLiteColumn => meetings.id),
    /** What the meeting agreed (its outcomes), in Vietnamese and in English. */
    outcomes: text('outcomes'),
    outcomesEn: text('outcomes_en'),
    /**
     * This meeting's own lead times of the preparation timeline (common/timeline.ts), JSON
     * { step: days }, over the template of its kind (Settings); null: the template as it is.
     */
    timelineDays: text('timeline_days', { mode: 'json' }).$type<Record<string, number>>(),
  },
  (t) => [
    index('meetings_start').on(t.startDate, t.id),
    index('meetings_previous').on(t.previousId),
    index('meetings_body_start').on(t.bodyId, t.startDate),
    index('meetings_parent').on(t.parentId),
    // Today: main meetings ending on or after today and starting before the horizon, planned or
    // confirmed, answered from the index before any row is read (a large desk plans thousands
    // of meetings ahead); also counts a meeting's related meetings without reading them.
    index('meetings_upcoming').on(t.parentId, t.endDate, t.startDate, t.status, t.deletedAt),
    check('meetings_format_valid', oneOf(t.format, MEETING_FORMATS)),
    check('meetings_status_valid', oneOf(t.status, MEETING_STATUSES)),
    check('meetings_start_date', sql`date(${t.startDate}) IS ${t.startDate}`),
    check('meetings_end_date', sql`date(${t.endDate}) IS ${t.endDate}`),
    check('meetings_dates_ordered', sql`${t.endDate} >= ${t.startDate}`),
    check('meetings_sequence_positive', sql`${t.sequence} IS NULL OR ${t.sequence} >= 1`),
    check('meetings_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check('meetings_not_own_previous', sql`${t.previousId} IS NULL OR ${t.previousId} <> ${t.id}`),
    // (JSON null, written as the text 'null' by the repository and the exchange, means "none" too.)
    check('meetings_timeline_days_json', sql`${t.timelineDays} IS NULL OR (json_valid(${t.timelineDays}) AND json_type(${t.timelineDays}) IN ('object', 'null'))`),
    versionCheck('meetings', t.version),
  ],
);

export const delegations = sqliteTable(
  'delegations',
  {
    ...entityColumns(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** Quyết định cử đoàn: number, date, signer. */
    decisionNumber: text('decision_number'),
    decisionDate: text('decision_date'),
    decisionSigner: text('decision_signer'),
    funding: text('funding', { enum: FUNDING_SOURCES }).notNull().default('state_budget'),
    fundingNote: text('funding_note'),
    objectives: text('objectives'),
    positions: text('positions'),
    /** The English text of the objectives and positions, for the English briefing. */
    objectivesEn: text('objectives_en'),
    positionsEn: text('positions_en'),
    classification: text('classification', { enum: CLASSIFICATIONS }).notNull().default('none'),
    status: text('status', { enum: DELEGATION_STATUSES }).notNull().default('draft'),
    notes: text('notes'),
    claimant: claimantColumn(),
  },
  (t) => [
    uniqueIndex('delegations_meeting_live').on(t.meetingId, t.claimant).where(sql`deleted_at IS NULL`),
    check('delegations_funding_valid', oneOf(t.funding, FUNDING_SOURCES)),
    check('delegations_classification_valid', oneOf(t.classification, CLASSIFICATIONS)),
    check('delegations_status_valid', oneOf(t.status, DELEGATION_STATUSES)),
    check('delegations_decision_date', isDate(t.decisionDate)),
    versionCheck('delegations', t.version),
  ],
);

export const delegationMembers = sqliteTable(
  'delegation_members',
  {
    ...entityColumns(),
    delegationId: text('delegation_id')
      .notNull()
      .references(() => delegations.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** The head of delegation is the member whose role is 'head' (at most one, enforced below). */
    role: text('role', { enum: MEMBER_ROLES }).notNull().default('member'),
    /** Agency and position at the time of the trip, not today's. */
    agencyId: text('agency_id').references(() => agencies.id),
    position: text('position'),
    travelFrom: text('travel_from'),
    travelTo: text('travel_to'),
    sortOrder: integer('sort_order').notNull().default(0),
    notes: text('notes'),
    /**
     * The member's logistics for the trip: flights out and back (as booked: 'VN 613 HAN–VTE
     * 27/07 08:10'), hotel, visa, and the basis of the per diem. Part of the member, so kept off
     * the share with it when the delegation is classified (db/exchange/model.ts).
     */
    flightOut: text('flight_out'),
    flightBack: text('flight_back'),
    hotel: text('hotel'),
    visaStatus: text('visa_status', { enum: VISA_STATUSES }),
    perDiemBasis: text('per_diem_basis'),
    claimant: claimantColumn(),
    /** The same for the one head of a delegation (delegation_members_one_head). */
    headClaimant: claimantColumn('head_claimant'),
  },
  (t) => [
    uniqueIndex('delegation_members_person_live')
      .on(t.delegationId, t.personId, t.claimant)
      .where(sql`deleted_at IS NULL`),
    uniqueIndex('delegation_members_one_head')
      .on(t.delegationId, t.headClaimant)
      .where(sql`deleted_at IS NULL AND role = 'head'`),
    index('delegation_members_person').on(t.personId),
    check('delegation_members_role_valid', oneOf(t.role, MEMBER_ROLES)),
    check('delegation_members_visa_valid', sql`${t.visaStatus} IS NULL OR ${oneOf(t.visaStatus, VISA_STATUSES)}`),
    check('delegation_members_travel_from_date', isDate(t.travelFrom)),
    check('delegation_members_travel_to_date', isDate(t.travelTo)),
    check('delegation_members_travel_ordered', ordered(t.travelFrom, t.travelTo)),
    versionCheck('delegation_members', t.version),
  ],
);

export const actionItems = sqliteTable(
  'action_items',
  {
    ...entityColumns(),
    title: text('title').notNull(),
    description: text('description'),
    sourceMeetingId: text('source_meeting_id').references(() => meetings.id),
    /** Where it was decided: 'ASOEN-35 report, para 12'. */
    sourceRef: text('source_ref'),
    bodyId: text('body_id').references(() => bodies.id),
    leadAgencyId: text('lead_agency_id').references(() => agencies.id),
    ownerPersonId: text('owner_person_id').references(() => people.id),
    dueDate: text('due_date'),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    priority: text('priority', { enum: PRIORITIES }).notNull().default('normal'),
    completedOn: text('completed_on'),
    completionNote: text('completion_note'),
  },
  (t) => [
    index('action_items_due').on(t.dueDate, t.id),
    // Live items only (partial): the open/overdue/due-soon counts of Today and the list's totals
    // read this index alone, without a lookup of every row to see whether it was deleted
    // (deleted_at, always NULL here, is a column too: SQLite counts an index as covering only
    // if it holds every column the query names).
    index('action_items_live_status_due').on(t.status, t.dueDate, t.deletedAt).where(sql`deleted_at IS NULL`),
    // The annual report's pass (open items, and those done since the start of the year) read
    // from this index alone, in two ranges, instead of the whole table (scale 100: 550 MB).
    index('action_items_live_status_done')
      .on(t.status, t.completedOn, t.dueDate, t.leadAgencyId, t.sourceMeetingId, t.id, t.deletedAt)
      .where(sql`deleted_at IS NULL`),
    // The annual report's backlog per lead agency: the live items open now, in agency order
    // (GROUP BY without a sort), with every column the count reads (scale 100: ~160k entries).
    // A query uses it only if its WHERE has this very `status IN (...)` term.
    index('action_items_live_open_agency')
      .on(t.leadAgencyId, t.dueDate, t.sourceMeetingId, t.status, t.deletedAt)
      .where(sql`deleted_at IS NULL AND status IN ('open', 'in_progress', 'blocked')`),
    // The live items without a source meeting by due date (the annual report's "raised in the
    // year" for them): few, and found without a lookup of every item due that year.
    index('action_items_live_unsourced_due').on(t.dueDate, t.id, t.sourceMeetingId, t.deletedAt).where(sql`deleted_at IS NULL AND source_meeting_id IS NULL`),
    index('action_items_lead_due').on(t.leadAgencyId, t.dueDate),
    index('action_items_owner').on(t.ownerPersonId),
    index('action_items_body').on(t.bodyId),
    index('action_items_source_meeting').on(t.sourceMeetingId),
    check('action_items_status_valid', oneOf(t.status, ACTION_STATUSES)),
    check('action_items_priority_valid', oneOf(t.priority, PRIORITIES)),
    check('action_items_due_date', isDate(t.dueDate)),
    check('action_items_completed_on_date', isDate(t.completedOn)),
    versionCheck('action_items', t.version),
  ],
);

/** Supporting agencies of an action item: part of the action item, logged with it. */
export const actionItemSupporters = sqliteTable(
  'action_item_supporters',
  {
    actionItemId: text('action_item_id')
      .notNull()
      .references(() => actionItems.id),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.actionItemId, t.agencyId] }), index('action_item_supporters_agency').on(t.agencyId)],
);

export const actionUpdates = sqliteTable(
  'action_updates',
  {
    ...entityColumns(),
    actionItemId: text('action_item_id')
      .notNull()
      .references(() => actionItems.id),
    date: text('date').notNull(),
    note: text('note').notNull(),
    /** The status the item moved to with this update, if it moved. */
    statusAfter: text('status_after', { enum: ACTION_STATUSES }),
    authorPersonId: text('author_person_id').references(() => people.id),
  },
  (t) => [
    index('action_updates_item_date').on(t.actionItemId, t.date),
    check('action_updates_date', sql`date(${t.date}) IS ${t.date}`),
    check('action_updates_status_valid', sql`${t.statusAfter} IS NULL OR ${oneOf(t.statusAfter, ACTION_STATUSES)}`),
    versionCheck('action_updates', t.version),
  ],
);

/**
 * ASEAN documents ("văn kiện") Viet Nam comments on and approves: declarations, joint statements,
 * action plans, terms of reference, nominations (ASEAN Heritage Parks). Each has the body it
 * belongs to, the meeting that will adopt it, where it stands, the comment deadline and who in
 * Viet Nam comments, and the domestic approval it needs (a Government resolution: 276/NQ-CP).
 */
export const aseanDocuments = sqliteTable(
  'asean_documents',
  {
    ...entityColumns(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    titleVi: text('title_vi').notNull(),
    /** ASEAN's own (English) title; null where only the Vietnamese is known. */
    titleEn: text('title_en'),
    bodyId: text('body_id').references(() => bodies.id),
    /** The meeting that will adopt it (or did). */
    meetingId: text('meeting_id').references(() => meetings.id),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull().default('draft'),
    commentDeadline: text('comment_deadline'),
    commentAgencyId: text('comment_agency_id').references(() => agencies.id),
    commentPersonId: text('comment_person_id').references(() => people.id),
    approvalLevel: text('approval_level', { enum: APPROVAL_LEVELS }).notNull().default('none'),
    /** The approving act as written: '276/NQ-CP'. */
    approvalRef: text('approval_ref'),
    approvedOn: text('approved_on'),
    summary: text('summary'),
    summaryEn: text('summary_en'),
    notes: text('notes'),
  },
  (t) => [
    index('asean_documents_meeting').on(t.meetingId),
    index('asean_documents_body').on(t.bodyId),
    index('asean_documents_deadline').on(t.commentDeadline, t.id),
    index('asean_documents_comment_agency').on(t.commentAgencyId),
    index('asean_documents_comment_person').on(t.commentPersonId),
    check('asean_documents_kind_valid', oneOf(t.kind, DOCUMENT_KINDS)),
    check('asean_documents_status_valid', oneOf(t.status, DOCUMENT_STATUSES)),
    check('asean_documents_approval_valid', oneOf(t.approvalLevel, APPROVAL_LEVELS)),
    check('asean_documents_comment_deadline_date', isDate(t.commentDeadline)),
    check('asean_documents_approved_on_date', isDate(t.approvedOn)),
    versionCheck('asean_documents', t.version),
  ],
);

/**
 * The agenda of a meeting: numbered items, each with its titles, the Vietnamese unit that leads
 * on it, Viet Nam's position and talking points (Vietnamese and English), and the documents it
 * concerns (agenda_item_documents).
 */
export const agendaItems = sqliteTable(
  'agenda_items',
  {
    ...entityColumns(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** The item's number on the agenda (1, 2, …): its order. */
    number: integer('number').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en'),
    leadAgencyId: text('lead_agency_id').references(() => agencies.id),
    position: text('position'),
    positionEn: text('position_en'),
    talkingPoints: text('talking_points'),
    talkingPointsEn: text('talking_points_en'),
    notes: text('notes'),
  },
  (t) => [
    index('agenda_items_meeting').on(t.meetingId, t.number),
    index('agenda_items_lead').on(t.leadAgencyId),
    check('agenda_items_number_positive', sql`${t.number} >= 1`),
    versionCheck('agenda_items', t.version),
  ],
);

/** The documents an agenda item concerns: part of the agenda item, logged with it. */
export const agendaItemDocuments = sqliteTable(
  'agenda_item_documents',
  {
    agendaItemId: text('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    documentId: text('document_id')
      .notNull()
      .references(() => aseanDocuments.id),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.documentId] }), index('agenda_item_documents_document').on(t.documentId)],
);

/** The people to reach about a meeting: the host's organisers, the ASEAN Secretariat, the embassy. */
export const meetingContacts = sqliteTable(
  'meeting_contacts',
  {
    ...entityColumns(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    email: text('email'),
    phone: text('phone'),
    notes: text('notes'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('meeting_contacts_meeting').on(t.meetingId, t.sortOrder),
    check('meeting_contacts_kind_valid', oneOf(t.kind, CONTACT_KINDS)),
    versionCheck('meeting_contacts', t.version),
  ],
);

/**
 * The append-only change log: the audit trail, and what the shared-drive exchange will replay.
 * Triggers (migration 0001) refuse UPDATE and DELETE on it.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    op: text('op', { enum: CHANGE_OPS }).notNull(),
    /** JSON of the fields before the write (null for create) and after it (null for delete). */
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    at: text('at').notNull(),
    deviceId: text('device_id').notNull(),
    /**
     * Who made the change, as this laptop named its officer and itself in Settings when it was
     * written (null: not named yet). Written with the change, so the shared-drive exchange
     * carries the names with it, and a laptop handed to another officer later does not rename
     * the changes made before.
     */
    officerName: text('officer_name'),
    deviceName: text('device_name'),
    /** Null: an officer's change. 'reference': the reference data the app itself seeded (not shown as recent changes). */
    origin: text('origin', { enum: CHANGE_ORIGINS }),
    /**
     * The shared-drive exchange (db/exchange): for a change that came from another laptop
     * (origin 'remote'), its hybrid logical clock value, the replica that made it and its
     * transaction there. Null on this laptop's own changes: the local write path is unchanged, and
     * the exchange gives them a clock value and its replica when it takes them up (exchange_outbox).
     */
    hlc: text('hlc'),
    replica: text('replica'),
    tx: text('tx'),
  },
  (t) => [
    index('change_log_entity').on(t.entityId, t.seq),
    index('change_log_at').on(t.at),
    check('change_log_op_valid', oneOf(t.op, CHANGE_OPS)),
  ],
);

/**
 * Every export the app wrote (or tried to): what, where, when, and how it ended. A briefing
 * recorded here for a meeting is what the Today screen counts as "briefing produced".
 */
export const exportsLog = sqliteTable(
  'exports',
  {
    ...entityColumns(),
    kind: text('kind', { enum: EXPORT_KINDS }).notNull(),
    /** 'docx', 'xlsx', 'csv', 'ics', 'sqlite'. */
    format: text('format').notNull(),
    language: text('language'),
    meetingId: text('meeting_id').references(() => meetings.id),
    year: integer('year'),
    /** The filters of the screen it was exported from, JSON. */
    params: text('params', { mode: 'json' }).$type<Record<string, unknown>>(),
    folder: text('folder').notNull(),
    fileName: text('file_name'),
    bytes: integer('bytes'),
    sha256: text('sha256'),
    status: text('status', { enum: EXPORT_STATUSES }).notNull(),
    /** The message the user saw when it failed. */
    error: text('error'),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
  },
  (t) => [
    index('exports_meeting_kind').on(t.meetingId, t.kind),
    index('exports_started').on(t.startedAt),
    check('exports_kind_valid', oneOf(t.kind, EXPORT_KINDS)),
    check('exports_status_valid', oneOf(t.status, EXPORT_STATUSES)),
    versionCheck('exports', t.version),
  ],
);

/** Small key/value facts about this database file: device id, seed versions, settings. */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * One row per searchable record. `folded` is the text folded for search (no diacritics, đ→d,
 * lower case); title and subtitle keep the original spelling for display. An FTS5 index over
 * `folded` (migration 0001) is kept in step by triggers.
 */
export const searchDocs = sqliteTable(
  'search_docs',
  {
    docId: integer('doc_id').primaryKey(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull().unique(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    folded: text('folded').notNull(),
  },
  (t) => [index('search_docs_entity').on(t.entity)],
);

/**
 * Which rows changed, in order, so that a backup to a folder that already holds one writes only
 * the rows changed since (electron/services/backup.ts). Triggers on every data table (migration
 * 0013) append the table and the row's primary key (a JSON array) on each insert, update and
 * delete, whatever wrote it. Entries older than every folder's last backup are removed.
 */
export const backupLog = sqliteTable('backup_log', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  tbl: text('tbl').notNull(),
  /** JSON array of the row's primary-key values. */
  key: text('key').notNull(),
});

/**
 * The backups this database wrote to each folder since its last full one: the full backup first,
 * then each backup of changes, with the files' SHA-256 and the last backup_log entry each holds.
 * This laptop's record, not data: never backed up row by row, emptied by a restore.
 */
export const backupChains = sqliteTable('backup_chains', {
  folder: text('folder').primaryKey(),
  /** JSON: [{ file, sha256, bytes, seq }], the full backup first. */
  chain: text('chain').notNull(),
  schemaVersion: integer('schema_version').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The shared-drive exchange's merge state (db/exchange/apply.ts): per record and field (or pair
 * of fields that must be valid together, one register), the heads of a multi-value register.
 * One head: the laptops agree. Several with different values: a conflict. A write removes the
 * heads its writer had seen and adds itself, identified by its hybrid logical clock value.
 */
export const exchangeHeads = sqliteTable(
  'exchange_heads',
  {
    entityId: text('entity_id').notNull(),
    register: text('register').notNull(),
    hlc: text('hlc').notNull(),
    entity: text('entity').notNull(),
    replica: text('replica').notNull(),
    /** The value this write gave the register, JSON (a pair is an object of its two fields). */
    value: text('value').notNull(),
    officerName: text('officer_name'),
    deviceName: text('device_name'),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.register, t.hlc] })],
);

/**
 * The conflicts inbox, the same on every laptop because it follows from the merge state alone: a
 * register with heads of different values, a record deleted while edited elsewhere, two records
 * that the duplicate rule (common/duplicates.ts) takes for one. Closed (closed_hlc) by the write
 * that resolves it, which is an ordinary change exchanged like any other.
 */
export const exchangeConflicts = sqliteTable(
  'exchange_conflicts',
  {
    /** kind:entity_id:register (a duplicate: duplicate:<smaller id>:<larger id>). */
    key: text('key').primaryKey(),
    kind: text('kind', { enum: EXCHANGE_CONFLICT_KINDS }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    register: text('register').notNull(),
    /** JSON: what the inbox shows beyond the heads (the delete's clock, the other record's id). */
    detail: text('detail'),
    closedHlc: text('closed_hlc'),
  },
  (t) => [index('exchange_conflicts_open').on(t.closedHlc, t.kind)],
);

/**
 * This laptop's own changes as the exchange took them up, in order: each line as it is published
 * (with its clock value and the heads its writer had seen). `published` is the batch that
 * carried it (null: not yet published).
 */
export const exchangeOutbox = sqliteTable('exchange_outbox', {
  n: integer('n').primaryKey({ autoIncrement: true }),
  /** The change_log entry it was made from. */
  seq: integer('seq').notNull(),
  hlc: text('hlc').notNull(),
  line: text('line').notNull(),
  published: integer('published'),
});

/** Per other laptop: the last batch applied from it (sequence and SHA-256), and what it said of itself. */
export const exchangeApplied = sqliteTable('exchange_applied', {
  replica: text('replica').primaryKey(),
  seq: integer('seq').notNull(),
  sha256: text('sha256').notNull(),
  deviceName: text('device_name'),
  officerName: text('officer_name'),
  appVersion: text('app_version'),
  lastSeenAt: text('last_seen_at'),
});
