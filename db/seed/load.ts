// Loads reference data (every database, on first run and when its version grows) and the
// opt-in sample dataset. Both are idempotent: a row whose stable id exists is left as it is
// (the user may have corrected it), so running a loader twice changes nothing.
import { stableId } from '../ids';
import type { Db } from '../open';
import type { Repository, WriteContext } from '../repo/core/repository';
import { repositories as repo } from '../repo/repositories';
import { AppError } from '../errors';
import { deleteMeta, getMeta, setMeta } from '../repo/core/meta';
import { joinedExchange } from '../exchange/identity';
import { referenceData as defaultReference } from './reference-data';
import { sampleData as defaultSample } from './sample-data';
import type { ReferenceData, SampleData } from './types';

const SAMPLE_VERSION = 'sample_version';
const REFERENCE_EPOCH = new Date('2009-01-31T00:00:00Z');
const SAMPLE_EPOCH = new Date('2020-01-01T00:00:00Z');

type Kind =
  | 'pillar' | 'country' | 'legal' | 'agency' | 'succession' | 'body' | 'person' | 'focal' | 'meeting' | 'delegation' | 'member' | 'action' | 'update'
  | 'document' | 'agenda' | 'contact';

/** Resolves seed keys to stable ids; reference keys win over sample keys of the same kind. */
export class SeedIds {
  private readonly referenceKeys = new Map<Kind, Set<string>>();

  constructor(reference: ReferenceData) {
    const add = (kind: Kind, keys: Array<{ key: string }>) => this.referenceKeys.set(kind, new Set(keys.map((k) => k.key)));
    add('pillar', reference.pillars);
    add('country', reference.countries);
    add('legal', reference.legalBases);
    add('agency', reference.agencies);
    add('succession', reference.agencySuccessions);
    add('body', reference.bodies);
    add('focal', reference.focalAssignments);
  }

  id(kind: Kind, key: string): string {
    const isReference = this.referenceKeys.get(kind)?.has(key) ?? false;
    return stableId(`${kind}:${key}`, isReference ? REFERENCE_EPOCH : SAMPLE_EPOCH);
  }

  opt(kind: Kind, key: string | undefined): string | null {
    return key === undefined ? null : this.id(kind, key);
  }
}

function ensure(db: Db, ctx: WriteContext, repository: Repository, id: string, values: Record<string, unknown>): boolean {
  const existing = repository.find(db, id);
  if (existing?.deletedAt) {
    // Removed earlier (the sample desk, taken out and loaded again): bring it back as it was.
    repository.restore(db, ctx, { id, version: existing.version });
    return true;
  }
  if (existing) return false;
  repository.create(db, ctx, values, { id });
  return true;
}

/** Parents before children, so that every reference points at a row that exists. */
function parentsFirst<T extends { key: string; parent?: string }>(rows: T[]): T[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (r: T) => {
    if (seen.has(r.key)) return;
    seen.add(r.key);
    const parent = r.parent ? byKey.get(r.parent) : undefined;
    if (parent) visit(parent);
    out.push(r);
  };
  rows.forEach(visit);
  return out;
}

export function loadReferenceData(db: Db, given: WriteContext, data: ReferenceData = defaultReference): { created: number; version: number } {
  // The app's own seeding: kept in the change log, but not an officer's change (recent changes leave it out).
  const ctx: WriteContext = { ...given, origin: 'reference' };
  const current = Number(getMeta(db, 'reference_version') ?? 0);
  if (current >= data.version) return { created: 0, version: current };
  const ids = new SeedIds(data);
  let created = 0;
  const put = (repository: Repository, id: string, values: Record<string, unknown>) => {
    if (ensure(db, ctx, repository, id, values)) created++;
  };
  for (const p of data.pillars) put(repo.pillars, ids.id('pillar', p.key), { code: p.code, nameVi: p.nameVi, nameEn: p.nameEn });
  for (const c of data.countries) {
    put(repo.countries, ids.id('country', c.key), {
      code: c.code, nameVi: c.nameVi, nameEn: c.nameEn, kind: c.kind, memberFrom: c.memberFrom ?? null, memberTo: c.memberTo ?? null, notes: c.notes ?? null,
    });
  }
  for (const l of data.legalBases) {
    put(repo.legalBases, ids.id('legal', l.key), {
      number: l.number, kind: l.kind, issuedOn: l.issuedOn, issuer: l.issuer, titleVi: l.titleVi, titleEn: l.titleEn ?? null,
      inForceFrom: l.inForceFrom ?? null, inForceTo: l.inForceTo ?? null, notes: l.notes ?? null,
    });
  }
  created += loadAgencies(db, ctx, ids, data.agencies);
  for (const s of data.agencySuccessions) {
    put(repo.agencySuccessions, ids.id('succession', s.key), {
      predecessorId: ids.id('agency', s.predecessor), successorId: ids.id('agency', s.successor), effectiveOn: s.effectiveOn,
      kind: s.kind, legalBasisId: ids.opt('legal', s.legalBasis), notes: s.notes ?? null,
    });
  }
  for (const b of parentsFirst(data.bodies)) {
    put(repo.bodies, ids.id('body', b.key), {
      code: b.code, nameVi: b.nameVi, nameEn: b.nameEn, pillarId: ids.opt('pillar', b.pillar), kind: b.kind,
      parentId: ids.opt('body', b.parent), partnerCountryId: ids.opt('country', b.partnerCountry), cadence: b.cadence,
      formerCodes: b.formerCodes ?? [], notes: b.notes ?? null,
    });
  }
  created += loadFocal(db, ctx, ids, data.focalAssignments);
  setMeta(db, 'reference_version', String(data.version));
  return { created, version: data.version };
}

function loadAgencies(db: Db, ctx: WriteContext, ids: SeedIds, agencies: ReferenceData['agencies']): number {
  let created = 0;
  for (const a of parentsFirst(agencies)) {
    const values = {
      code: a.code, nameVi: a.nameVi, nameEn: a.nameEn, abbreviation: a.abbreviation ?? null, kind: a.kind,
      parentId: ids.opt('agency', a.parent), validFrom: a.validFrom ?? null, validTo: a.validTo ?? null, notes: a.notes ?? null,
    };
    if (ensure(db, ctx, repo.agencies, ids.id('agency', a.key), values)) created++;
  }
  return created;
}

function loadFocal(db: Db, ctx: WriteContext, ids: SeedIds, rows: ReferenceData['focalAssignments']): number {
  let created = 0;
  for (const f of rows) {
    const values = {
      bodyId: ids.id('body', f.body), agencyId: ids.id('agency', f.agency), personId: ids.opt('person', f.person), role: f.role,
      legalBasisId: ids.opt('legal', f.legalBasis), validFrom: f.validFrom, validTo: f.validTo ?? null, notes: f.notes ?? null,
    };
    if (ensure(db, ctx, repo.focalAssignments, ids.id('focal', f.key), values)) created++;
  }
  return created;
}

/** Whether the sample desk is loaded on this desk (the exchange does not run meanwhile). */
export const sampleLoaded = (db: Db): boolean => getMeta(db, SAMPLE_VERSION) !== null;

/**
 * The sample desk and the shared-drive exchange never meet: a desk that exchanges with other
 * laptops refuses the sample (training happens on a desk of its own, e.g. the browser mode with
 * --sample), and a desk holding the sample does not exchange until it is removed (round.ts). So
 * training records never show on a colleague's desk as real ones. A sample loaded and removed
 * before a desk first exchanges is published as its history: created and removed, never live.
 */
export function loadSampleData(
  db: Db,
  ctx: WriteContext,
  data: SampleData = defaultSample,
  reference: ReferenceData = defaultReference,
): { created: number; version: number } {
  // The training sample is nobody's change: its records keep their history, marked as the
  // sample's, but the desk's recent changes leave it out (a newcomer sees their own edits there).
  ctx = { ...ctx, origin: 'sample' };
  if (joinedExchange(db)) {
    throw new AppError('VALIDATION', {
      vi: 'Máy này đang trao đổi dữ liệu với các máy khác qua thư mục dùng chung, nên không nạp dữ liệu mẫu (dữ liệu tập huấn sẽ lẫn vào dữ liệu thật của các máy khác). Hãy tập huấn trên một bản ASOEN Desk riêng.',
      en: 'This laptop exchanges records with the others through the shared folder, so the sample desk is not loaded here (training records would mix with the other laptops’ real ones). Train on a separate ASOEN Desk.',
    });
  }
  const ids = new SeedIds(reference);
  let created = loadAgencies(db, ctx, ids, data.agencies);
  const put = (repository: Repository, id: string, values: Record<string, unknown>) => {
    if (ensure(db, ctx, repository, id, values)) created++;
  };
  for (const p of data.people) {
    put(repo.people, ids.id('person', p.key), {
      fullName: p.fullName, passportName: p.passportName ?? null, position: p.position ?? null, agencyId: ids.opt('agency', p.agency),
      email: p.email ?? null, phone: p.phone ?? null, passportExpiry: p.passportExpiry ?? null, notes: p.notes ?? null,
    });
  }
  created += loadFocal(db, ctx, ids, data.focalAssignments);
  for (const m of parentsFirst(data.meetings)) {
    put(repo.meetings, ids.id('meeting', m.key), {
      bodyId: ids.id('body', m.body), sequence: m.sequence ?? null, titleVi: m.titleVi, titleEn: m.titleEn, startDate: m.startDate,
      endDate: m.endDate, city: m.city ?? null, hostCountryId: ids.opt('country', m.hostCountry), format: m.format, status: m.status,
      parentId: ids.opt('meeting', m.parent), notes: m.notes ?? null, previousId: null, outcomes: m.outcomes ?? null, outcomesEn: m.outcomesEn ?? null,
      timelineDays: null,
    });
  }
  // Series memory once every meeting exists (a meeting may name a later-listed one).
  for (const m of data.meetings) {
    if (!m.previous) continue;
    const id = ids.id('meeting', m.key);
    const row = repo.meetings.find(db, id);
    if (row && !row.deletedAt && row.previousId === null) repo.meetings.update(db, ctx, { id, version: row.version, changes: { previousId: ids.id('meeting', m.previous) } });
  }
  for (const d of data.delegations) {
    const delegationId = ids.id('delegation', d.key);
    put(repo.delegations, delegationId, {
      meetingId: ids.id('meeting', d.meeting), decisionNumber: d.decisionNumber ?? null, decisionDate: d.decisionDate ?? null,
      decisionSigner: d.decisionSigner ?? null, funding: d.funding, fundingNote: d.fundingNote ?? null, objectives: d.objectives ?? null,
      positions: d.positions ?? null, objectivesEn: d.objectivesEn ?? null, positionsEn: d.positionsEn ?? null, classification: d.classification ?? 'none', status: d.status, notes: d.notes ?? null,
    });
    d.members.forEach((m, i) => {
      put(repo.delegationMembers, ids.id('member', `${d.key}/${m.person}`), {
        delegationId, personId: ids.id('person', m.person), role: m.role, agencyId: ids.opt('agency', m.agency), position: m.position ?? null,
        travelFrom: m.travelFrom ?? null, travelTo: m.travelTo ?? null, sortOrder: i, notes: null,
        flightOut: m.flightOut ?? null, flightBack: m.flightBack ?? null, hotel: m.hotel ?? null, visaStatus: m.visaStatus ?? null, perDiemBasis: m.perDiemBasis ?? null,
      });
    });
  }
  for (const a of data.actionItems) {
    const itemId = ids.id('action', a.key);
    put(repo.actionItems, itemId, {
      title: a.title, description: a.description ?? null, sourceMeetingId: ids.opt('meeting', a.sourceMeeting), sourceRef: a.sourceRef ?? null,
      bodyId: ids.opt('body', a.body), leadAgencyId: ids.opt('agency', a.leadAgency),
      supportingAgencyIds: (a.supportingAgencies ?? []).map((k) => ids.id('agency', k)), ownerPersonId: ids.opt('person', a.ownerPerson),
      dueDate: a.dueDate ?? null, status: a.status, priority: a.priority, completedOn: a.completedOn ?? null, completionNote: a.completionNote ?? null,
    });
    (a.updates ?? []).forEach((u, i) => {
      put(repo.actionUpdates, ids.id('update', `${a.key}/${i}`), {
        actionItemId: itemId, date: u.date, note: u.note, statusAfter: u.statusAfter ?? null, authorPersonId: null,
      });
    });
  }
  for (const d of data.documents) {
    put(repo.aseanDocuments, ids.id('document', d.key), {
      kind: d.kind, titleVi: d.titleVi, titleEn: d.titleEn ?? null, bodyId: ids.opt('body', d.body), meetingId: ids.opt('meeting', d.meeting), status: d.status,
      commentDeadline: d.commentDeadline ?? null, commentAgencyId: ids.opt('agency', d.commentAgency), commentPersonId: ids.opt('person', d.commentPerson),
      approvalLevel: d.approvalLevel ?? 'none', approvalRef: d.approvalRef ?? null, approvedOn: d.approvedOn ?? null, summary: d.summary ?? null,
      summaryEn: d.summaryEn ?? null, notes: d.notes ?? null,
    });
  }
  for (const a of data.agendaItems) {
    put(repo.agendaItems, ids.id('agenda', a.key), {
      meetingId: ids.id('meeting', a.meeting), number: a.number, titleVi: a.titleVi, titleEn: a.titleEn ?? null, leadAgencyId: ids.opt('agency', a.leadAgency),
      position: a.position ?? null, positionEn: a.positionEn ?? null, talkingPoints: a.talkingPoints ?? null, talkingPointsEn: a.talkingPointsEn ?? null,
      documentIds: (a.documents ?? []).map((k) => ids.id('document', k)), notes: a.notes ?? null,
    });
  }
  data.contacts.forEach((c, i) => {
    put(repo.meetingContacts, ids.id('contact', c.key), {
      meetingId: ids.id('meeting', c.meeting), kind: c.kind, name: c.name, organisation: c.organisation ?? null, email: c.email ?? null, phone: c.phone ?? null,
      notes: c.notes ?? null, sortOrder: i,
    });
  });
  setMeta(db, SAMPLE_VERSION, String(data.version));
  return { created, version: data.version };
}

/**
 * Takes the sample desk out again without touching real data: every sample record is
 * tombstoned, children first. If a real record refers to a sample one (an action item filed
 * under a sample meeting), nothing is removed and the message says why.
 */
export function removeSampleData(db: Db, ctx: WriteContext, data: SampleData = defaultSample, reference: ReferenceData = defaultReference): { removed: number } {
  ctx = { ...ctx, origin: 'sample' };
  const ids = new SeedIds(reference);
  const batches: Array<[Repository, string[]]> = [
    [repo.meetingContacts, data.contacts.map((c) => ids.id('contact', c.key))],
    [repo.agendaItems, data.agendaItems.map((a) => ids.id('agenda', a.key))],
    [repo.aseanDocuments, data.documents.map((d) => ids.id('document', d.key))],
    [repo.actionUpdates, data.actionItems.flatMap((a) => (a.updates ?? []).map((_, i) => ids.id('update', `${a.key}/${i}`)))],
    [repo.actionItems, data.actionItems.map((a) => ids.id('action', a.key))],
    [repo.delegationMembers, data.delegations.flatMap((d) => d.members.map((m) => ids.id('member', `${d.key}/${m.person}`)))],
    [repo.delegations, data.delegations.map((d) => ids.id('delegation', d.key))],
    [repo.meetings, parentsFirst(data.meetings).reverse().map((m) => ids.id('meeting', m.key))],
    [repo.focalAssignments, data.focalAssignments.map((f) => ids.id('focal', f.key))],
    [repo.people, data.people.map((p) => ids.id('person', p.key))],
    [repo.agencies, parentsFirst(data.agencies).reverse().map((a) => ids.id('agency', a.key))],
  ];
  let removed = 0;
  for (const [repository, list] of batches) {
    for (const id of list) {
      const row = repository.find(db, id);
      if (!row || row.deletedAt) continue;
      try {
        repository.remove(db, ctx, { id, version: row.version });
      } catch (err) {
        if (err instanceof AppError && err.code === 'CONSTRAINT') {
          throw new AppError('CONSTRAINT', {
            vi: `Chưa gỡ được dữ liệu mẫu vì dữ liệu thật đang tham chiếu tới nó: ${err.messages.vi} Không có gì bị thay đổi.`,
            en: `The sample data cannot be removed because real records refer to it: ${err.messages.en} Nothing was changed.`,
          });
        }
        throw err;
      }
      removed++;
    }
  }
  deleteMeta(db, SAMPLE_VERSION);
  return { removed };
}
