import type { Output, SearchEntity } from '../../../electron/contract';
import type { Language } from '../../i18n';

export type SearchHit = Output<'search.global'>[number];

/** The order of the groups in the results: what the secretariat looks for most comes first. */
export const KIND_ORDER: readonly SearchEntity[] = ['meeting', 'action_item', 'person', 'agency', 'body'];

/** Where a result leads. The target screens read the id from the address. */
export function pathOfHit(hit: Pick<SearchHit, 'entity' | 'id'>): string {
  const id = encodeURIComponent(hit.id);
  switch (hit.entity) {
    case 'meeting':
      return `/meetings/${id}`;
    case 'action_item':
      return `/actions?item=${id}`;
    case 'person':
      return `/directory?tab=people&id=${id}`;
    case 'agency':
      return `/directory?tab=agencies&id=${id}`;
    case 'body':
      return `/focal-points?body=${id}`;
  }
}

export interface HitGroup {
  kind: SearchEntity;
  hits: SearchHit[];
}

/**
 * The hits grouped by kind, keeping the server's ranking: the group of the best hit first ("nguyen":
 * the people named Nguyễn before the items about "tài nguyên"), KIND_ORDER between equals.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const first = (kind: SearchEntity) => {
    const i = hits.findIndex((h) => h.entity === kind);
    return i === -1 ? Infinity : i;
  };
  return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.entity === kind) }))
    .filter((g) => g.hits.length > 0)
    .sort((a, b) => first(a.kind) - first(b.kind) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/**
 * The two lines of a result in the current language. Meetings, agencies and bodies are indexed
 * with the Vietnamese name as title and the English one as subtitle: in English they swap.
 */
export function linesOfHit(hit: SearchHit, lang: Language): { primary: string; secondary: string | null } {
  const bilingual = hit.entity === 'meeting' || hit.entity === 'agency' || hit.entity === 'body';
  if (lang === 'en' && bilingual && hit.subtitle) {
    if (hit.entity === 'body') {
      // 'ASOEN — Tổ chức…' / 'ASEAN Senior Officials…' → 'ASOEN — ASEAN Senior Officials…'
      const code = hit.title.split(' — ')[0];
      return { primary: code && code !== hit.title ? `${code} — ${hit.subtitle}` : hit.subtitle, secondary: hit.title };
    }
    return { primary: hit.subtitle, secondary: hit.title };
  }
  return { primary: hit.title, secondary: hit.subtitle };
}
