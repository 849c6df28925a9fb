// The tree of synthetic ASEAN bodies added above scale 1.


/**
 * The reference bodies that synthetic expert groups and task forces hang under (above scale 1):
 * the working groups under ASOEN, the haze and biodiversity bodies, the minerals and disaster
 * management senior officials, not ASOEN itself (whose direct sub-bodies the ASOEN briefing
 * gathers) nor the councils and dialogues.
 */
export const SYNTHETIC_ROOTS = [
  'AWGCC', 'AWGWRM', 'AWGCME', 'AWGNCB', 'AWGESC', 'AWGCW', 'AWGEE', 'HAZE-WG', 'COM-AATHP', 'ATFP', 'ACB-GB', 'AHPC', 'ASOMM', 'ACDM',
];

/** No body has more direct sub-bodies than this, as in the real ASEAN tree. */
export const MAX_CHILDREN = 10;

export const MIN_SYNTHETIC_CHILDREN = 4;

export interface TreeSlot {
  /** A reference body's code, or the index of an earlier synthetic body. */
  parent: string | number;
  /** 1 directly under a reference body, 2 under one of those, … */
  depth: number;
}

/**
 * Where each of `count` synthetic bodies hangs: breadth first, under the reference roots, then
 * under the synthetic bodies of the level above, each parent taking `slots()` children (but
 * never more than MAX_CHILDREN in all, its existing children included). A few levels deep with
 * a bounded number of children per node, as the real ASEAN tree is; parents come before children.
 */
export function planSyntheticTree(count: number, roots: ReadonlyArray<{ code: string; children: number }>, slots: () => number): TreeSlot[] {
  const out: TreeSlot[] = [];
  const queue: Array<{ ref: string | number; depth: number; children: number }> = roots.map((r) => ({ ref: r.code, depth: 0, children: r.children }));
  let progressed = true;
  while (out.length < count && progressed) {
    progressed = false;
    for (let qi = 0; qi < queue.length && out.length < count; qi++) {
      const node = queue[qi]!;
      const take = Math.min(Math.max(0, MAX_CHILDREN - node.children), slots(), count - out.length);
      for (let k = 0; k < take; k++) {
        out.push({ parent: node.ref, depth: node.depth + 1 });
        queue.push({ ref: out.length - 1, depth: node.depth + 1, children: 0 });
      }
      node.children += take;
      if (take > 0) progressed = true;
    }
  }
  if (out.length < count) throw new Error(`generator: no room for ${count} synthetic bodies under ${roots.length} roots`);
  return out;
}

// ------------------------------------------------------------------ the writers
