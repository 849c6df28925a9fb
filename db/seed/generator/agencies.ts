// Agencies: the reference ministries and units, and generated ones (provincial departments,
// institutes) of which one in six is reorganised, its successor taking over the next day.
import { foldText } from '../../../common/fold';
import { repositories as repo } from '../../repo/repositories';
import { dateMs, hex, pad2, plusDays } from './random';
import { PARKS, PROVINCES, UNIT_TEMPLATES } from './vocabulary';
import { FIRST_YEAR, LAST_YEAR } from './index';
import type { AgencyRec, Staff } from './records';
import type { Gen } from './context';

export function generateAgencies(g: Gen): Pick<Staff, 'agencies' | 'agenciesByYear'> {
  const { scale, progress, rnd, newId, ctxAt, atOfficeHours, create, chunk, legal, refAgencies, successions } = g;
  // ------------------------------------------------------------ agencies
  const agencies: AgencyRec[] = refAgencies.map((a) => ({ id: a.id, code: a.code, validFrom: a.validFrom, validTo: a.validTo, successor: null, people: [] }));
  const agencyIndex = new Map(agencies.map((a, i) => [a.code, i]));
  for (const s of successions) {
    const p = agencyIndex.get(s.pred);
    const q = agencyIndex.get(s.succ);
    if (p !== undefined && q !== undefined && agencies[p]!.successor === null) agencies[p]!.successor = q;
  }
  const ministryIds = refAgencies.filter((a) => a.kind === 'ministry' || a.kind === 'department').map((a) => a.code);
  const targetAgencies = Math.max(agencies.length, Math.round(100 * scale));
  progress(`agencies: ${agencies.length} reference, ${targetAgencies - agencies.length} to generate`);
  const REORG_DATES = ['2003-08-01', '2008-07-01', '2013-01-01', '2017-09-01', '2022-12-31', '2025-02-28'];
  chunk(() => {
    let n = 0;
    while (agencies.length < targetAgencies) {
      n++;
      const provincial = rnd.chance(0.35);
      const validFrom = rnd.chance(0.6) ? null : `${rnd.int(FIRST_YEAR - 6, 2012)}-${pad2(rnd.int(1, 12))}-01`;
      let nameVi: string;
      let nameEn: string;
      let kind: string;
      let parentCode: string;
      if (provincial) {
        const prov = rnd.pick(PROVINCES);
        nameVi = `Sở Tài nguyên và Môi trường ${prov.startsWith('Thành phố') ? prov : `tỉnh ${prov}`}`;
        nameEn = `Department of Natural Resources and Environment of ${foldText(prov).replace(/\b\w/g, (c) => c.toUpperCase())}`;
        kind = 'other';
        parentCode = 'GOV';
      } else {
        const [vi, en, k] = rnd.pick(UNIT_TEMPLATES);
        const park = k === 'office' && vi.startsWith('Ban Quản lý') ? ` ${rnd.pick(PARKS)}` : '';
        nameVi = `${vi}${park}`;
        nameEn = `${en}${park ? ` ${foldText(park).trim().replace(/\b\w/g, (c) => c.toUpperCase())}` : ''}`;
        kind = k;
        parentCode = rnd.pick(ministryIds);
      }
      const code = `G${provincial ? 'P' : 'U'}-${hex(n, 5).toUpperCase()}`;
      const parent = agencies[agencyIndex.get(parentCode)!]!;
      // One agency in six is reorganised: it ends, and a successor takes over the next day.
      const reorg = rnd.chance(1 / 6) ? rnd.pick(REORG_DATES) : null;
      const end = reorg && (!validFrom || validFrom < reorg) ? reorg : parent.validTo;
      const createdMs = validFrom ? atOfficeHours(validFrom) : dateMs('2009-02-01') + n * 60_000;
      const id = newId(1, createdMs);
      const values = {
        code, nameVi, nameEn: nameEn.slice(0, 300), abbreviation: null, kind, parentId: parent.id, validFrom, validTo: end ?? null,
        notes: provincial ? 'Đơn vị địa phương phối hợp triển khai hoạt động đối ứng.' : null,
      };
      create(repo.agencies, ctxAt(createdMs), id, values);
      const idx = agencies.length;
      agencies.push({ id, code, validFrom, validTo: end ?? null, successor: null, people: [] });
      agencyIndex.set(code, idx);
      if (reorg && end === reorg && agencies.length < targetAgencies) {
        const from = plusDays(reorg, 1);
        const merged = reorg === '2025-02-28';
        const succCode = `${code}-${from.slice(0, 4)}`;
        const succParentCode = merged && parentCode.startsWith('MONRE') ? parentCode.replace('MONRE', 'MAE') : parentCode;
        const succParent = agencies[agencyIndex.get(succParentCode) ?? agencyIndex.get('MAE')!]!;
        const succVi = provincial && merged ? nameVi.replace('Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường') : `${nameVi} (tổ chức lại ${from.slice(0, 4)})`;
        const succEn = provincial && merged ? nameEn.replace('Natural Resources and Environment', 'Agriculture and Environment') : `${nameEn} (reorganised ${from.slice(0, 4)})`;
        const sMs = atOfficeHours(from);
        const sid = newId(1, sMs);
        create(repo.agencies, ctxAt(sMs), sid, {
          code: succCode, nameVi: succVi, nameEn: succEn.slice(0, 300), abbreviation: null, kind, parentId: succParent.id, validFrom: from,
          validTo: succParent.validTo && succParent.validTo >= from ? succParent.validTo : null, notes: 'Tổ chức lại; kế thừa chức năng, nhiệm vụ của đơn vị trước.',
        });
        const sIdx = agencies.length;
        agencies.push({ id: sid, code: succCode, validFrom: from, validTo: null, successor: null, people: [] });
        agencyIndex.set(succCode, sIdx);
        agencies[idx]!.successor = sIdx;
        create(repo.agencySuccessions, ctxAt(sMs + 60_000), newId(2, sMs + 60_000), {
          predecessorId: id, successorId: sid, effectiveOn: from, kind: merged ? 'merged' : rnd.pick(['renamed', 'absorbed', 'split'] as const),
          legalBasisId: merged ? (legal.get('35/2025/NĐ-CP') ?? null) : null, notes: null,
        });
      }
    }
  });
  const activeAgencies = (day: string) => agencies.map((_, i) => i).filter((i) => {
    const a = agencies[i]!;
    return (!a.validFrom || a.validFrom <= day) && (!a.validTo || a.validTo >= day);
  });
  const agenciesByYear = new Map<number, number[]>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) agenciesByYear.set(y, activeAgencies(`${y}-07-01`));

  return { agencies, agenciesByYear };
}
