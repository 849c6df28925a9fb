// Reference data: ASEAN's pillars, the countries and the ASEAN bodies, each a configuration of the
// generic repository (core/repository.ts).
import { countrySearchText } from '../../common/countryNames';
import * as s from '../schema';
import { defineRepository } from './core/repository';
import { noFocalPointInForce } from './focalPoints';
import { L, eq, eqOrNull, ref, text } from './core/fields';

export const pillars = defineRepository({
  entity: 'pillar',
  table: s.pillars,
  labels: L.pillar,
  fields: ['code', 'nameVi', 'nameEn'],
  sorts: { code: 't.code' },
  defaultSort: { field: 'code', dir: 'asc' },
  dependents: [{ table: s.bodies, column: 'pillar_id', labels: { vi: 'cơ chế', en: 'bodies' } }],
  pickerText: (r) => `${r.code} ${r.nameVi} ${r.nameEn}`,
});

export const countries = defineRepository({
  entity: 'country',
  table: s.countries,
  labels: L.country,
  fields: ['code', 'nameVi', 'nameEn', 'kind', 'memberFrom', 'memberTo', 'notes'],
  filters: { kind: eq('kind') },
  sorts: { code: 't.code', nameEn: 't.name_en' },
  defaultSort: { field: 'nameEn', dir: 'asc' },
  dependents: [{ table: s.meetings, column: 'host_country_id', labels: { vi: 'cuộc họp', en: 'meetings' } }],
  pickerText: (r) => countrySearchText(r),
});

export const bodies = defineRepository({
  entity: 'body',
  table: s.bodies,
  labels: L.body,
  fields: ['code', 'nameVi', 'nameEn', 'pillarId', 'kind', 'parentId', 'partnerCountryId', 'cadence', 'formerCodes', 'notes'],
  references: [ref('pillarId', s.pillars, L.pillar), ref('parentId', s.bodies, L.body), ref('partnerCountryId', s.countries, L.country)],
  dependents: [
    { table: s.bodies, column: 'parent_id', labels: { vi: 'cơ chế trực thuộc', en: 'sub-bodies' } },
    { table: s.meetings, column: 'body_id', labels: { vi: 'cuộc họp', en: 'meetings' } },
    { table: s.focalAssignments, column: 'body_id', labels: { vi: 'phân công đầu mối', en: 'focal-point assignments' } },
  ],
  filters: {
    pillarId: eq('pillar_id'),
    kind: eq('kind'),
    parentId: eqOrNull('parent_id'),
    /** No focal-point assignment in force on a date 'YYYY-MM-DD' (the gaps of the matrix). */
    withoutFocalPointOn: (d: string) => {
      const sql = noFocalPointInForce('t.id', '?');
      return { sql, params: Array.from({ length: sql.split('?').length - 1 }, () => d) };
    },
  },
  sorts: {
    code: 't.code',
    nameVi: 't.name_vi',
    // The focal-point matrix's order: by pillar code (bodies of no pillar first), then by code.
    // pillar_code is the pillar's code copied by triggers; the expression is the one of the
    // index bodies_pillar_order (db/schema.ts), so a page is read in index order.
    pillar: "coalesce(t.pillar_code, '') || ' ' || t.code",
  },
  defaultSort: { field: 'code', dir: 'asc' },
  search: (_db, r) => ({
    title: `${String(r.code)} — ${String(r.nameVi)}`,
    subtitle: String(r.nameEn),
    text: text(r.code, ...((r.formerCodes as string[]) ?? []), r.nameVi, r.nameEn),
  }),
});
