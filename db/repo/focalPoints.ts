// Focal-point assignments: which agency or person answers for which ASEAN body, from when to when;
// who was in force on a day (the matrix), and the coverage intervals that answer "nobody" fast.
import type { FocalRole } from '../../common/enums';
import type { Db } from '../open';
import * as s from '../schema';
import { statement } from './core/statements';
import { computed, defineRepository } from './core/repository';
import { L, eq, ref } from './core/fields';

export const focalAssignments = defineRepository({
  entity: 'focal_assignment',
  table: s.focalAssignments,
  labels: L.focal,
  fields: ['bodyId', 'agencyId', 'personId', 'role', 'legalBasisId', 'validFrom', 'validTo', 'notes'],
  computed: {
    // Names for display (a body's timeline), so the screen needs no list of every agency and person.
    agencyCode: computed<string | null>('agency.code'),
    agencyNameVi: computed<string | null>('agency.name_vi'),
    agencyNameEn: computed<string | null>('agency.name_en'),
    personName: computed<string | null>('person.full_name'),
    legalBasisNumber: computed<string | null>('basis.number'),
    legalBasisIssuedOn: computed<string | null>('basis.issued_on'),
  },
  joins:
    'LEFT JOIN agencies agency ON agency.id = t.agency_id LEFT JOIN people person ON person.id = t.person_id LEFT JOIN legal_bases basis ON basis.id = t.legal_basis_id',
  references: [
    ref('bodyId', s.bodies, L.body),
    ref('agencyId', s.agencies, L.agency),
    ref('personId', s.people, L.person),
    ref('legalBasisId', s.legalBases, L.legalBasis),
  ],
  filters: {
    bodyId: eq('body_id'),
    agencyId: eq('agency_id'),
    role: eq('role'),
    activeOn: (d: string) => ({ sql: 't.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to >= ?)', params: [d, d] }),
  },
  sorts: { validFrom: 't.valid_from' },
  defaultSort: { field: 'validFrom', dir: 'desc' },
});

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
 * (a bound parameter, used twice). Read from focal_coverage (migration 0007), where a body's
 * periods are merged into disjoint intervals: the one interval starting latest on or before the
 * date either reaches the date or nothing does. One seek per body in focal_coverage_body, however
 * many periods the body had (the assignments themselves may overlap: co-coordinating agencies,
 * hand-overs).
 */
export function noFocalPointInForce(bodyColumn: string, dateParam: string): string {
  return `NOT coalesce((SELECT c.valid_to IS NULL OR c.valid_to >= ${dateParam} FROM focal_coverage c
      WHERE c.body_id = ${bodyColumn} AND c.valid_from <= ${dateParam} ORDER BY c.valid_from DESC LIMIT 1), 0)`;
}

/**
 * The number of live bodies with at least one focal-point assignment in force on `date`: the
 * intervals of focal_coverage containing the date (one per covered body, as a body's intervals
 * are disjoint; only live bodies have any), counted in focal_coverage_period alone.
 */
export function bodiesCoveredOn(db: Db, date: string): number {
  return (
    statement(db, `SELECT count(*) AS n FROM focal_coverage WHERE valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date)`).get({ date }) as {
      n: number;
    }
  ).n;
}

/**
 * Rebuilds focal_coverage from every live assignment at once: periods sorted by start per body;
 * a period starting after the day following the latest end so far begins a new interval. The
 * same statement as in migration 0007; the triggers there do the same for one body on every
 * write. Used by the bulk generator, which drops those triggers while it loads.
 */
export const FOCAL_COVERAGE_REBUILD = `DELETE FROM focal_coverage;
INSERT INTO focal_coverage (body_id, valid_from, valid_to)
SELECT body_id, min(valid_from), nullif(max(until), '9999-12-31') FROM (
  SELECT body_id, valid_from, until, sum(starts) OVER (PARTITION BY body_id ORDER BY valid_from, until ROWS UNBOUNDED PRECEDING) AS island FROM (
    SELECT f.body_id, f.valid_from, coalesce(f.valid_to, '9999-12-31') AS until,
           coalesce(f.valid_from > date(max(coalesce(f.valid_to, '9999-12-31')) OVER (PARTITION BY f.body_id ORDER BY f.valid_from, coalesce(f.valid_to, '9999-12-31') ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '+1 day'), 0) AS starts
      FROM focal_assignments f JOIN bodies b ON b.id = f.body_id AND b.deleted_at IS NULL
     WHERE f.deleted_at IS NULL))
GROUP BY body_id, island;`;

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
    // (`+f.valid_from`: the dated half is a range on valid_to, not on valid_from, which matches
    // nearly every period a body ever had).
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
