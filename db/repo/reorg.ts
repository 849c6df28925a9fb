// The reorganisation wizard: "agency A (and B…) became C on date D". Every assignment of the
// old agencies still in force on D ends the day before, a copy starts on D with the new
// agency, successions are recorded, and the old agencies end. History is kept: nothing is
// deleted or overwritten but the end dates.
import type { FocalRole } from '../../common/enums';
import type { SuccessionKind } from '../../common/enums';
import { AppError } from '../errors';
import type { Db } from '../open';
import type { WriteContext } from './core/repository';
import { addDays } from '../../common/clock';
import { agencies, agencySuccessions } from './directory';
import { focalAssignments } from './focalPoints';
import { statement } from './core/statements';

export interface ReorgInput {
  predecessorIds: string[];
  successorId: string;
  effectiveOn: string;
}

export interface ReorgMove {
  assignmentId: string;
  bodyId: string;
  bodyCode: string;
  bodyNameVi: string;
  bodyNameEn: string;
  role: FocalRole;
  fromAgencyId: string;
  fromAgencyCode: string;
  personName: string | null;
  legalBasisNumber: string | null;
  validFrom: string;
  validTo: string | null;
}

export function previewReorg(db: Db, input: ReorgInput): ReorgMove[] {
  for (const id of [...input.predecessorIds, input.successorId]) agencies.get(db, id);
  return statement(
    db,
    `SELECT fa.id AS assignmentId, fa.body_id AS bodyId, b.code AS bodyCode, b.name_vi AS bodyNameVi, b.name_en AS bodyNameEn, fa.role AS role,
            fa.agency_id AS fromAgencyId, a.code AS fromAgencyCode, p.full_name AS personName, lb.number AS legalBasisNumber,
            fa.valid_from AS validFrom, fa.valid_to AS validTo
       FROM focal_assignments fa
       JOIN bodies b ON b.id = fa.body_id
       JOIN agencies a ON a.id = fa.agency_id
       LEFT JOIN people p ON p.id = fa.person_id
       LEFT JOIN legal_bases lb ON lb.id = fa.legal_basis_id
      WHERE fa.deleted_at IS NULL
        AND fa.agency_id IN (SELECT value FROM json_each(@ids))
        AND fa.valid_from < @date AND (fa.valid_to IS NULL OR fa.valid_to >= @date)
      ORDER BY b.code, fa.role`,
  ).all({ ids: JSON.stringify(input.predecessorIds), date: input.effectiveOn }) as ReorgMove[];
}

export function applyReorg(
  db: Db,
  ctx: WriteContext,
  input: ReorgInput & { kind: SuccessionKind; legalBasisId?: string | null; notes?: string | null },
): { ended: number; created: number; successions: number; moves: ReorgMove[] } {
  const moves = previewReorg(db, input);
  const successor = agencies.get(db, input.successorId);
  if (successor.validFrom && (successor.validFrom as string) > input.effectiveOn) {
    throw new AppError('VALIDATION', {
      vi: `Cơ quan tiếp nhận chỉ bắt đầu tồn tại từ ${successor.validFrom as string}, sau ngày hiệu lực đã chọn.`,
      en: `The receiving agency only exists from ${successor.validFrom as string}, after the chosen effective date.`,
    });
  }
  const dayBefore = addDays(input.effectiveOn, -1);
  let ended = 0;
  let created = 0;
  for (const move of moves) {
    const old = focalAssignments.get(db, move.assignmentId);
    focalAssignments.update(db, ctx, { id: old.id, version: old.version, changes: { validTo: dayBefore } });
    ended++;
    focalAssignments.create(db, ctx, {
      bodyId: old.bodyId,
      agencyId: input.successorId,
      personId: old.personId,
      role: old.role,
      legalBasisId: input.legalBasisId ?? old.legalBasisId,
      validFrom: input.effectiveOn,
      validTo: move.validTo,
      notes: input.notes ?? old.notes,
    });
    created++;
  }
  let successions = 0;
  for (const predecessorId of input.predecessorIds) {
    const exists = statement(
      db,
      `SELECT 1 FROM agency_successions WHERE predecessor_id = ? AND successor_id = ? AND effective_on = ? AND deleted_at IS NULL`,
    ).get(predecessorId, input.successorId, input.effectiveOn);
    if (!exists) {
      agencySuccessions.create(db, ctx, {
        predecessorId,
        successorId: input.successorId,
        effectiveOn: input.effectiveOn,
        kind: input.kind,
        legalBasisId: input.legalBasisId ?? null,
        notes: input.notes ?? null,
      });
      successions++;
    }
    const agency = agencies.get(db, predecessorId);
    if (!agency.validTo || (agency.validTo as string) > dayBefore) {
      agencies.update(db, ctx, { id: agency.id, version: agency.version, changes: { validTo: dayBefore } });
    }
  }
  return { ended, created, successions, moves };
}

/**
 * The unit a person belonged to on a day (a trip's, for a delegation member): what the desk's
 * history says, most precise first. The person's focal-point assignment in force that day; else
 * the unit of their latest earlier trip, if it existed that day; else today's unit followed back
 * through the successions to the unit in existence that day (a merger's predecessors: the one the
 * person's earlier records name, else the one under the same name); else today's unit.
 */
export function unitOn(db: Db, personId: string, day: string): string | null {
  const person = statement(db, `SELECT agency_id AS agencyId FROM people WHERE id = ?`).get(personId) as { agencyId: string | null } | undefined;
  if (!person) return null;
  const activeOn = (id: string) => {
    const a = statement(db, `SELECT valid_from AS f, valid_to AS t FROM agencies WHERE id = ? AND deleted_at IS NULL`).get(id) as { f: string | null; t: string | null } | undefined;
    return Boolean(a && (a.f === null || a.f <= day) && (a.t === null || a.t >= day));
  };
  const focal = statement(
    db,
    `SELECT agency_id AS id FROM focal_assignments
      WHERE person_id = ? AND deleted_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
      ORDER BY valid_from DESC LIMIT 1`,
  ).get(personId, day, day) as { id: string } | undefined;
  if (focal) return focal.id;
  if (person.agencyId && activeOn(person.agencyId)) return person.agencyId;
  // The units the person's own records name, latest first (trips up to that day, assignments).
  const named = (
    statement(
      db,
      `SELECT dm.agency_id AS id, coalesce(dm.travel_from, m.start_date) AS d FROM delegation_members dm
         JOIN delegations dl ON dl.id = dm.delegation_id JOIN meetings m ON m.id = dl.meeting_id
        WHERE dm.person_id = ? AND dm.deleted_at IS NULL AND dm.agency_id IS NOT NULL AND coalesce(dm.travel_from, m.start_date) <= ?
       UNION ALL
       SELECT agency_id AS id, valid_from AS d FROM focal_assignments WHERE person_id = ? AND deleted_at IS NULL AND valid_from <= ?
       ORDER BY d DESC`,
    ).all(personId, day, personId, day) as Array<{ id: string }>
  ).map((r) => r.id);
  const earlier = named.find(activeOn);
  if (earlier) return earlier;
  if (!person.agencyId) return null;
  // Back through the successions, from today's unit to the one in existence that day.
  const nameOf = (id: string) => (statement(db, `SELECT name_vi AS n FROM agencies WHERE id = ?`).get(id) as { n: string } | undefined)?.n;
  let current = person.agencyId;
  const seen = new Set<string>();
  while (!activeOn(current) && !seen.has(current)) {
    seen.add(current);
    const predecessors = (
      statement(
        db,
        `SELECT predecessor_id AS id FROM agency_successions WHERE successor_id = ? AND deleted_at IS NULL AND effective_on > ? ORDER BY effective_on DESC, predecessor_id`,
      ).all(current, day) as Array<{ id: string }>
    ).map((r) => r.id);
    if (predecessors.length === 0) break;
    const name = nameOf(current);
    current = predecessors.find((p) => named.includes(p)) ?? predecessors.find((p) => nameOf(p) === name) ?? predecessors[0]!;
  }
  return activeOn(current) ? current : person.agencyId;
}
