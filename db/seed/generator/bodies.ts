// The ASEAN bodies: the reference ones with their start years, and above scale 1 synthetic
// sub-bodies in trees under them.
import { repositories as repo } from '../../repo/repositories';
import { dateMs } from './random';
import { MAX_CHILDREN, MIN_SYNTHETIC_CHILDREN, SYNTHETIC_ROOTS, planSyntheticTree } from './tree';
import { TOPICS } from './vocabulary';
import type { BodyRec } from './records';
import type { Gen } from './context';

export function prepareBodies(g: Gen): BodyRec[] {
  const { db, scale, progress, rnd, newId, ctxAt, create, chunk, refBodies, codeById } = g;
  // ------------------------------------------------------------ bodies (reference; synthetic above scale 1)
  const startYears: Record<string, number> = { ASOEN: 1996, AMME: 1996, SUMMIT: 1996, 'COP-AATHP': 2003, 'COM-AATHP': 2004, ATFP: 2003, ACB: 2005, 'ACB-GB': 2006, AHPC: 2004, ACDM: 2003 };
  const bodies: BodyRec[] = refBodies.map((b) => ({
    id: b.id, code: b.code, nameVi: b.nameVi, nameEn: b.nameEn, kind: b.kind, cadence: b.cadence,
    parentCode: b.parentId ? (codeById.get(b.parentId) ?? null) : null,
    startYear: startYears[b.code] ?? (b.kind === 'dialogue' ? rnd.int(2000, 2012) : rnd.int(1996, 2008)),
    seqOffset: b.code === 'ASOEN' ? 6 : rnd.int(0, 12),
  }));
  const bodyByCode = new Map(bodies.map((b) => [b.code, b]));
  const extraBodies = scale > 1 ? Math.round(refBodies.length * (scale - 1)) : 0;
  if (extraBodies) {
    chunk(() => {
      const childrenOf = new Map<string, number>();
      for (const b of bodies) if (b.parentCode) childrenOf.set(b.parentCode, (childrenOf.get(b.parentCode) ?? 0) + 1);
      const roots = SYNTHETIC_ROOTS.filter((c) => bodyByCode.has(c)).map((code) => ({ code, children: childrenOf.get(code) ?? 0 }));
      const plan = planSyntheticTree(extraBodies, roots, () => rnd.int(MIN_SYNTHETIC_CHILDREN, MAX_CHILDREN));
      const topicOf: number[] = [];
      const pillar = (db.prepare(`SELECT id FROM pillars WHERE code = 'ASCC'`).get() as { id: string }).id;
      for (let n = 1; n <= extraBodies; n++) {
        const at = plan[n - 1]!;
        // A sub-group works on its parent's topic; under a reference body, on any.
        const topic = typeof at.parent === 'number' ? topicOf[at.parent]! : rnd.int(0, TOPICS.length - 1);
        topicOf.push(topic);
        const [vi, en, abbr] = TOPICS[topic]!;
        const parent = typeof at.parent === 'number' ? bodies[refBodies.length + at.parent]! : bodyByCode.get(at.parent)!;
        const kind = at.depth === 1
          ? rnd.weighted([['working_group', 5], ['task_force', 2], ['committee', 2]] as const)
          : rnd.weighted([['working_group', 6], ['task_force', 3]] as const);
        const word = { working_group: ['Nhóm chuyên gia', 'Expert Group'], task_force: ['Lực lượng đặc nhiệm', 'Task Force'], committee: ['Tiểu ban', 'Sub-Committee'] }[kind];
        const code = `X-${abbr}-${n}`;
        const createdMs = dateMs('2009-03-01') + n * 60_000;
        const id = newId(4, createdMs);
        const cadence = rnd.weighted([['annual', 8], ['twice_yearly', 1], ['biennial', 1]] as const);
        create(repo.bodies, ctxAt(createdMs), id, {
          code, nameVi: `${word[0]} ASEAN về ${vi} số ${n}`, nameEn: `ASEAN ${en} ${word[1]} No. ${n}`, pillarId: pillar, kind,
          parentId: parent.id, partnerCountryId: null, cadence, formerCodes: [], notes: null,
        });
        // A sub-group is set up within a couple of years of its parent (so the deeper levels do
        // not start ever later and scale 100 keeps a hundred times the office's meetings).
        const startYear = Math.min(2015, parent.startYear + rnd.int(0, 2));
        const b: BodyRec = { id, code, nameVi: `${word[0]} ASEAN về ${vi} số ${n}`, nameEn: `ASEAN ${en} ${word[1]} No. ${n}`, kind, cadence, parentCode: parent.code, startYear, seqOffset: 0 };
        bodies.push(b);
        bodyByCode.set(code, b);
      }
      progress(`bodies: ${refBodies.length} reference + ${extraBodies} synthetic, ${Math.max(...plan.map((p) => p.depth))} levels below the reference bodies`);
    });
  }

  return bodies;
}
