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

/**
 * SQL: the body `bodyColumn` has no focal-point assignment in force on the date `dateParam`
 * (a bound parameter). Written as two NOT EXISTS, one per half of "in force" (open-ended, or
 * ending on or after the date), so that each is a seek in focal_assignments_body_in_force
 * rather than a walk through every period the body ever had.
 */
export function noFocalPointInForce(bodyColumn: string, dateParam: string): string {
  // `+f.valid_from` in the dated half: a range on valid_to, not on valid_from (which matches
  // nearly every period a body ever had).
  const live = `f.body_id = ${bodyColumn} AND f.deleted_at IS NULL`;
  return `(NOT EXISTS (SELECT 1 FROM focal_assignments f WHERE ${live} AND f.valid_to IS NULL AND f.valid_from <= ${dateParam})
      AND NOT EXISTS (SELECT 1 FROM focal_assignments f WHERE ${live} AND f.valid_to >= ${dateParam} AND +f.valid_from <= ${dateParam}))`;
}

const COLUMNS = `fa.id AS assignmentId, fa.version AS version, fa.body_id AS bodyId, b.code AS bodyCode, b.name_vi AS bodyNameVi, b.name_en AS bodyNameEn,
            fa.role AS role, fa.agency_id AS agencyId, a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
            fa.person_id AS personId, p.full_name AS personName,
            fa.legal_basis_id AS legalBasisId, lb.number AS legalBasisNumber, lb.issued_on AS legalBasisIssuedOn,
            fa.valid_from AS validFrom, fa.valid_to AS validTo`;
const JOINS = `JOIN bodies b ON b.id = fa.body_id
       JOIN agencies a ON a.id = fa.agency_id
       LEFT JOIN people p ON p.id = fa.person_id
       LEFT JOIN legal_bases lb ON lb.id = fa.legal_basis_id`;
const ORDER = 'ORDER BY b.code, fa.role, a.code';

/**
 * "Who answered for body X on date D": every assignment in force on `date` (inclusive), for
 * all bodies, or only for one body or a list of them (a page of the matrix: two index seeks
 * per body).
 */
export function focalPointsAsOf(db: Db, date: string, bodies?: string | readonly string[] | null): FocalPointInForce[] {
  const bodyIds = typeof bodies === 'string' ? [bodies] : bodies;
  if (bodyIds) {
    if (bodyIds.length === 0) return [];
    // The two halves of "in force", each a seek per body in focal_assignments_body_in_force
    // (`+f.valid_from`: the dated half is a range on valid_to, see noFocalPointInForce).
    const half = (cond: string) =>
      `SELECT f.* FROM json_each(@bodyIds) j CROSS JOIN focal_assignments f ON f.body_id = j.value
        WHERE f.deleted_at IS NULL AND ${cond}`;
    return statement(
      db,
      `WITH fa AS (${half('f.valid_to IS NULL AND f.valid_from <= @date')} UNION ALL ${half('f.valid_to >= @date AND +f.valid_from <= @date')})
       SELECT ${COLUMNS} FROM fa ${JOINS} ${ORDER}`,
    ).all({ date, bodyIds: JSON.stringify([...new Set(bodyIds)]) }) as FocalPointInForce[];
  }
  return statement(
    db,
    `SELECT ${COLUMNS}
       FROM focal_assignments fa
       ${JOINS}
      WHERE fa.deleted_at IS NULL AND fa.valid_from <= @date AND (fa.valid_to IS NULL OR fa.valid_to >= @date)
      ${ORDER}`,
  ).all({ date }) as FocalPointInForce[];
}
