// Focal-point histories: each body's tracks of assignments over the years, following the
// agencies' reorganisations.
import type { FocalRole } from '../../../common/enums';
import { repositories as repo } from '../../repo/repositories';
import { pad2, plusDays, yearOf } from './random';
import { FIRST_YEAR, LAST_YEAR } from './index';
import type { BodyRec, Staff } from './records';
import type { Gen } from './context';

export function generateFocalHistories(g: Gen, bodies: BodyRec[], { agencies, agenciesByYear, people, someoneIn }: Staff): void {
  const { scale, today, progress, rnd, newId, counts, ctxAt, atOfficeHours, create, chunk, legal } = g;
  // ------------------------------------------------------------ focal-point histories
  const tracks: ReadonlyArray<readonly [FocalRole, boolean]> = [
    ['working_group_leader', true], ['deputy', true], ['alternate', true], ['coordinating_agency', false], ['coordinating_agency', false], ['focal_point', true],
  ];
  const basisFor = (day: string) =>
    day >= '2026-01-25' ? legal.get('47/2025/QĐ-TTg') : day >= '2023-11-29' ? legal.get('3610/QĐ-BTNMT') : day >= '2009-01-31' ? legal.get('142/QĐ-TTg') : undefined;
  const focalChunk = 500;
  for (let b0 = 0; b0 < bodies.length; b0 += focalChunk) {
    chunk(() => {
      for (const body of bodies.slice(b0, b0 + focalChunk)) {
        tracks.forEach(([role, withPerson], ti) => {
          if (scale < 1 && ti > 0 && !rnd.chance(scale)) return;
          let day = `${Math.max(body.startYear, FIRST_YEAR)}-${pad2(rnd.int(1, 12))}-01`;
          let person = someoneIn(yearOf(day));
          let agency = people[person]!.agency;
          if (!withPerson) agency = rnd.pick(agenciesByYear.get(yearOf(day))!);
          while (day <= today) {
            // A period of one to four years, cut short when the agency is reorganised.
            let end: string | null = plusDays(day, rnd.int(250, 1100));
            const a = agencies[agency]!;
            if (a.validTo && a.validTo < end) end = a.validTo;
            if (end > today) end = rnd.chance(0.9) ? null : plusDays(today, rnd.int(30, 400));
            if (end !== null && end < day) end = day;
            const createdMs = atOfficeHours(day);
            create(repo.focalAssignments, ctxAt(createdMs), newId(5, createdMs), {
              bodyId: body.id, agencyId: a.id, personId: withPerson ? people[person]!.id : null, role,
              legalBasisId: basisFor(day) ?? null, validFrom: day, validTo: end,
              notes: end !== null && a.validTo === end ? 'Kết thúc do tổ chức lại cơ quan.' : null,
            });
            if (end === null || end > today) break;
            day = plusDays(end, 1);
            const year = yearOf(day);
            if (a.validTo === end && a.successor !== null) {
              // Reorganisation: the successor agency takes the duty over, the person often stays.
              agency = a.successor;
              if (withPerson && !rnd.chance(0.7)) person = someoneIn(year);
            } else if (withPerson) {
              person = someoneIn(year);
              agency = people[person]!.agency;
            } else agency = rnd.pick(agenciesByYear.get(Math.min(LAST_YEAR, year))!);
            const next = agencies[agency]!;
            if (next.validTo && next.validTo < day) agency = rnd.pick(agenciesByYear.get(Math.min(LAST_YEAR, year))!);
          }
        });
      }
    });
  }
  progress(`focal assignments: ${counts.focal_assignments ?? 0}`);


}
