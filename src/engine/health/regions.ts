import { both, isEmpty, meet, orInto, without, type Bits } from './bits';

/** A box of lead classes: one set of samples per dimension, every combination of them. */
export type Box = readonly Bits[];

/** What is left of some regions once a box is taken out, and the part of the first region the box met. */
export interface TakenOut {
  rest: Box[];
  /** null: the box met none of the regions. */
  firstMet: Box | null;
}

/** The bits of boxes over the same tables as text, two characters a word: equal exactly when the bits are. */
function keyOf(dimensions: Box): string {
  let key = '';
  for (const bits of dimensions) for (const word of bits) key += String.fromCharCode(word & 0xffff, word >>> 16);
  return key;
}

/**
 * Takes `box` out of `regions` (disjoint boxes). Each region the box meets leaves, per dimension, the part outside
 * the box there and inside it in the dimensions before. Pieces alike in every dimension but the last are joined
 * into one: narrow boxes in the last dimension (postal codes, the finest) would otherwise multiply them.
 *
 * @example
 * takeOut([[allOf3, allOf2]], [bitsOf(0), bitsOf(1)]); // → { rest: [[{1, 2}, {0, 1}], [{0}, {0}]], firstMet: [{0}, {1}] }
 */
export function takeOut(regions: readonly Box[], box: Box): TakenOut {
  const rest = new Map<string, Bits[]>();
  const keep = (piece: Box): void => {
    const key = keyOf(piece.slice(1));
    const alike = rest.get(key);
    if (alike === undefined) rest.set(key, [...piece]);
    else {
      // Pieces share bit sets with their region: the joined one gets its own.
      const joined = alike[0]!.slice();
      orInto(joined, piece[0]!);
      alike[0] = joined;
    }
  };
  let firstMet: Box | null = null;
  for (const region of regions) {
    if (!region.every((bits, depth) => meet(bits, box[depth]!))) {
      keep(region);
      continue;
    }
    const shared = region.map((bits, depth) => both(bits, box[depth]!));
    firstMet ??= shared;
    region.forEach((bits, depth) => {
      const outside = without(bits, box[depth]!);
      if (!isEmpty(outside)) keep([...shared.slice(0, depth), outside, ...region.slice(depth + 1)]);
    });
  }
  return { rest: [...rest.values()], firstMet };
}
