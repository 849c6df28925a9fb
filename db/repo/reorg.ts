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
