// People with Vietnamese names (diacritics, đ/Đ), each in an agency for a span of years.
import { foldText } from '../../../common/fold';
import { repositories as repo } from '../../repo/repositories';
import { dateMs, plusDays } from './random';
import { GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M, POSITIONS, SURNAMES } from './vocabulary';
import { FIRST_YEAR, LAST_YEAR } from './index';
import type { PersonRec, Staff } from './records';
import type { Gen } from './context';

export function generatePeople(g: Gen, { agencies, agenciesByYear }: Pick<Staff, 'agencies' | 'agenciesByYear'>): Pick<Staff, 'people' | 'someoneIn'> {
  const { scale, progress, rnd, newId, ctxAt, create, chunk } = g;
  // ------------------------------------------------------------ people
  const people: PersonRec[] = [];
  const targetPeople = Math.max(20, Math.round(1000 * scale));
  const emailsSeen = new Map<string, number>();
  chunk(() => {
    for (let n = 0; n < targetPeople; n++) {
      const female = rnd.chance(0.5);
      const surname = rnd.weighted(SURNAMES);
      const middle = rnd.pick(female ? MIDDLE_F : MIDDLE_M);
      const given = rnd.pick(female ? GIVEN_F : GIVEN_M);
      const fullName = `${surname} ${middle} ${given}`;
      const from = rnd.int(1988, 2024);
      const to = Math.min(LAST_YEAR, from + rnd.int(6, 34));
      const pool = agenciesByYear.get(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, Math.round((from + to) / 2))))!;
      const agency = pool[rnd.int(0, pool.length - 1)]!;
      const position = rnd.weighted(POSITIONS);
      const folded = foldText(fullName).split(' ');
      const base = `${folded.slice(0, -1).map((w) => w[0]).join('')}${folded.at(-1)}`;
      const k = (emailsSeen.get(base) ?? 0) + 1;
      emailsSeen.set(base, k);
      const createdMs = dateMs(`${Math.max(2009, from)}-01-05`) + n * 1000;
      const id = newId(3, createdMs);
      create(repo.people, ctxAt(createdMs), id, {
        fullName, passportName: foldText(fullName).toUpperCase(), position, agencyId: agencies[agency]!.id,
        email: rnd.chance(0.85) ? `${base}${k > 1 ? k : ''}@example.vn` : null,
        phone: rnd.chance(0.6) ? `+84 24 ${rnd.int(3000, 3999)} ${rnd.int(1000, 9999)}` : null,
        passportExpiry: rnd.chance(0.93) ? plusDays('2024-01-01', rnd.int(0, 12 * 365)) : null,
        notes: rnd.chance(0.1) ? 'Kiêm nhiệm công tác ASEAN.' : null,
      });
      people.push({ id, agency, position, from, to });
      agencies[agency]!.people.push(n);
    }
  });
  const peopleByYear = new Map<number, number[]>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) peopleByYear.set(y, []);
  people.forEach((p, i) => {
    for (let y = Math.max(FIRST_YEAR, p.from); y <= Math.min(LAST_YEAR, p.to); y++) peopleByYear.get(y)!.push(i);
  });
  const someoneIn = (year: number) => {
    const pool = peopleByYear.get(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year)))!;
    return pool.length ? pool[rnd.int(0, pool.length - 1)]! : rnd.int(0, people.length - 1);
  };
  progress(`people: ${people.length}`);

  return { people, someoneIn };
}
