import type { Agency } from '../../../electron/contract';
import { compareNames } from '../../format';
import type { Language } from '../../i18n';
import { activeOn } from './dates';

export interface AgencyNode {
  value: string;
  label: string;
  agency: Agency;
  children: AgencyNode[];
}

export function agencyName(a: Pick<Agency, 'nameVi' | 'nameEn'>, lang: Language): string {
  return lang === 'en' ? a.nameEn : a.nameVi;
}

/**
 * An agency named with the ministry it belongs to: "Vụ Hợp tác quốc tế — Bộ Nông nghiệp và Môi
 * trường" (the nearest ministry above it, else its parent unless that is the government); a
 * ministry, or a unit of none, by its name alone.
 */
export function agencyWithMinistry(a: Agency, byId: ReadonlyMap<string, Agency>, lang: Language): string {
  let up = a.parentId ? byId.get(a.parentId) : undefined;
  const parent = up;
  const seen = new Set<string>([a.id]);
  while (up && up.kind !== 'ministry' && up.parentId && !seen.has(up.id)) {
    seen.add(up.id);
    up = byId.get(up.parentId);
  }
  const ministry = up?.kind === 'ministry' ? up : parent && parent.kind !== 'government' ? parent : undefined;
  return ministry ? `${agencyName(a, lang)} — ${agencyName(ministry, lang)}` : agencyName(a, lang);
}

/** The abbreviation where there is one (they are Vietnamese: 'Bộ NN&MT'), else the name. */
export function shortName(a: Pick<Agency, 'nameVi' | 'nameEn' | 'abbreviation'>, lang: Language): string {
  return lang === 'vi' && a.abbreviation ? a.abbreviation : agencyName(a, lang);
}

/** 'Vụ Hợp tác quốc tế · Bộ NN&MT': two ministries both have an International Cooperation Department. */
export function agencyWithParent(a: Agency, byId: ReadonlyMap<string, Agency>, lang: Language): string {
  const parent = a.parentId ? byId.get(a.parentId) : undefined;
  if (!parent || parent.kind === 'government') return agencyName(a, lang);
  return `${agencyName(a, lang)} · ${shortName(parent, lang)}`;
}

/**
 * The agencies as a tree by parentId, each level sorted by name (Vietnamese order). An agency
 * whose parent is missing (deleted, or hidden as ceased) is shown at the top level rather than lost.
 */
export function buildAgencyTree(agencies: readonly Agency[], lang: Language, options: { activeDay?: string } = {}): AgencyNode[] {
  const shown = options.activeDay ? agencies.filter((a) => activeOn(a, options.activeDay as string)) : agencies;
  const byId = new Map(shown.map((a) => [a.id, a]));
  const children = new Map<string | null, Agency[]>();
  for (const a of shown) {
    const parent = a.parentId && byId.has(a.parentId) ? a.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(a);
    children.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null): AgencyNode[] =>
    (children.get(parent) ?? [])
      .filter((a) => !seen.has(a.id))
      .sort(byExistenceThenName(lang))
      .map((a) => {
        seen.add(a.id);
        return { value: a.id, label: agencyName(a, lang), agency: a, children: build(a.id) };
      });
  return build(null);
}

/** Agencies in existence first (ceased ones after, so the present reads first), then by name. */
function byExistenceThenName(lang: Language) {
  return (a: Agency, b: Agency) => {
    const ac = a.validTo !== null ? 1 : 0;
    const bc = b.validTo !== null ? 1 : 0;
    if (ac !== bc) return ac - bc;
    return compareNames(agencyName(a, lang), agencyName(b, lang));
  };
}

/** The ids of an agency's ancestors, nearest first. */
export function ancestorsOf(id: string, byId: ReadonlyMap<string, Agency>): string[] {
  const out: string[] = [];
  let current = byId.get(id)?.parentId ?? null;
  while (current && !out.includes(current)) {
    out.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return out;
}

/** The ids of an agency and everything under it (a parent cannot be chosen among them). */
export function selfAndDescendants(id: string, agencies: readonly Agency[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of agencies) {
      if (a.parentId && out.has(a.parentId) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
    }
  }
  return out;
}

export function allValues(nodes: readonly AgencyNode[]): string[] {
  return nodes.flatMap((n) => [n.value, ...allValues(n.children)]);
}
