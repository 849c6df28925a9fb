import type { FocalRole } from '../enums';
import type { Db } from '../open';
import { statement } from './statements';

export interface FocalPointInForce {
  assignmentId: string;
  version: number;
  bodyId: string;
  bodyCode: string;
  bodyNameVi: string;
  bodyNameEn: string;
  role: FocalRole;
  agencyId: string;
  agencyCode: string;
  agencyNameVi: string;
  agencyNameEn: string;
  personId: string | null;
  personName: string | null;
  legalBasisId: string | null;
  legalBasisNumber: string | null;
  legalBasisIssuedOn: string | null;
  validFrom: string;
  validTo: string | null;
}

/** "Who answered for body X on date D": every assignment in force on `date` (inclusive). */
export function focalPointsAsOf(db: Db, date: string, bodyId?: string | null): FocalPointInForce[] {
  return statement(
    db,
    `SELECT fa.id AS assignmentId, fa.version AS version, fa.body_id AS bodyId, b.code AS bodyCode, b.name_vi AS bodyNameVi, b.name_en AS bodyNameEn,
            fa.role AS role, fa.agency_id AS agencyId, a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
            fa.person_id AS personId, p.full_name AS personName,
            fa.legal_basis_id AS legalBasisId, lb.number AS legalBasisNumber, lb.issued_on AS legalBasisIssuedOn,
            fa.valid_from AS validFrom, fa.valid_to AS validTo
       FROM focal_assignments fa
       JOIN bodies b ON b.id = fa.body_id
       JOIN agencies a ON a.id = fa.agency_id
       LEFT JOIN people p ON p.id = fa.person_id
       LEFT JOIN legal_bases lb ON lb.id = fa.legal_basis_id
      WHERE fa.deleted_at IS NULL AND fa.valid_from <= @date AND (fa.valid_to IS NULL OR fa.valid_to >= @date)
        AND (@bodyId IS NULL OR fa.body_id = @bodyId)
      ORDER BY b.code, fa.role, a.code`,
  ).all({ date, bodyId: bodyId ?? null }) as FocalPointInForce[];
}
