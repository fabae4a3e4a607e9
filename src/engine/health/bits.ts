/** Fixed-size bit sets over a dimension's samples: the boxes of lead classes that coverage subtracts. */
export type Bits = Uint32Array;

const WORD = 32;

export function noBits(size: number): Bits {
  return new Uint32Array(Math.ceil(size / WORD));
}

/** Every bit from 0 to size − 1. */
export function allBits(size: number): Bits {
  const bits = noBits(size);
  bits.fill(0xffffffff);
  const spare = bits.length * WORD - size;
  if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
  return bits;
}

export function setBit(bits: Bits, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}

/** The bits in both. */
export function both(a: Bits, b: Bits): Bits {
  const result = new Uint32Array(a.length);
  for (let word = 0; word < a.length; word++) result[word] = a[word]! & b[word]!;
  return result;
}

/** Adds the bits of `b` to `into`. */
export function orInto(into: Bits, b: Bits): void {
  for (let word = 0; word < into.length; word++) into[word]! |= b[word]!;
}

/** The bits of `a` not in `b`. */
export function without(a: Bits, b: Bits): Bits {
  const result = new Uint32Array(a.length);
  for (let word = 0; word < a.length; word++) result[word] = a[word]! & ~b[word]!;
  return result;
}

/** Whether `a` and `b` share a bit. */
export function meet(a: Bits, b: Bits): boolean {
  for (let word = 0; word < a.length; word++) if ((a[word]! & b[word]!) !== 0) return true;
  return false;
}

export function isEmpty(bits: Bits): boolean {
  for (let word = 0; word < bits.length; word++) if (bits[word] !== 0) return false;
  return true;
}

/** The lowest bit set; -1 when none. */
export function firstBit(bits: Bits): number {
  for (let word = 0; word < bits.length; word++) {
    const value = bits[word]!;
    if (value !== 0) return word * WORD + (31 - Math.clz32(value & -value));
  }
  return -1;
}
