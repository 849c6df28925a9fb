// Carrying "held" down: when a meeting is marked held, its related (back-to-back) meetings that
// are still planned or confirmed and whose last day has come were held too, as a rule. The
// screens offer to mark them in the same save; the API checks each one against this same rule.

export interface RelatedMeetingFacts {
  id: string;
  parentId?: string | null;
  status: string;
  endDate: string;
}

/** Related meetings of `parentId` that may be carried to "held" on `today`. */
export function relatedToCarryHeld<T extends RelatedMeetingFacts>(related: readonly T[], today: string): T[] {
  return related.filter((r) => (r.status === 'planned' || r.status === 'confirmed') && r.endDate <= today);
}
