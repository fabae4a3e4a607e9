import type { LeadFacts, Plan, PlanTerritory, SkippedTerritory } from '../types';
import { comparePlanOrder } from './compilePlan';
import { ANY, leadBuckets, territoryBuckets } from './planBuckets';
import { decodeSkipped, decodeTerritory, encodedId, encodeSkipped, encodeTerritory, fail, parseJson, wholeNumber } from './planCodec';
import { buildIndex } from './planIndex';
import { indexedShard, shardIndexLine } from './shardIndex';

/*
 * A compiled plan stored as shards of at most a given size, so no stored value nears a platform limit, and read in
 * part: a lead decodes only the territories of its buckets (planBuckets.ts), a bulk run all of them.
 *
 * Every territory is stored once, as one item (a JSON array as planCodec encodes it), numbered in storage order:
 * territories grouped by the first bucket they sit in, so a bucket's items mostly follow each other, then the
 * skipped territories. A shard holds consecutive items: a line of their end offsets (four base-36 digits each, so
 * a lead reads the two it needs without parsing the line), then the items joined by commas. The directory is text, so
 * a lead reads its own lines without parsing the rest:
 *   {"territories":N,"skipped":S,"shards":[first item of shard 1, …]}
 *   ;US:9=<from>-<to>;US:*=…;        where each region's lines are (a lead finds its regions by string search)
 *   <first id>:<width>:<shard of each id>   which shard holds each territory (shardIndex.ts)
 *   <bucket>\t<items, base 36: "a0-a9" or "b3", comma-separated>     one line per bucket; a region's lines together
 * Shard 0 is stored with the directory (a small plan is one value).
 */

/** Reads a shard's text: shard 0 from the directory's value, the others from wherever they are stored. */
export type ReadShard = (shard: number) => string;

export interface PackedPlan {
  /** The directory's text (header line, then one line per bucket). */
  directory: string;
  /** Shard texts; index 0 is the one stored with the directory. */
  shards: string[];
}

interface Header {
  territories: number;
  skipped: number;
  /** First item of each shard beside shard 0. */
  shards: number[];
}

/** Digits of an item's end offset in a shard's offsets line (base 36), and the offsets they can write. */
const OFFSET_DIGITS = 4;
const MAX_OFFSET = 36 ** OFFSET_DIGITS;

/** Character codes that separate a bucket line's runs (",") and a run's first and last item ("-"). */
const COMMA = 0x2c;
const DASH = 0x2d;

function offsetText(offset: number): string {
  return offset.toString(36).padStart(OFFSET_DIGITS, '0');
}

/** `[first, last]` item numbers, within one shard. */
type Run = [number, number];

/**
 * Cuts a plan into shards of at most `maxBytes` UTF-8 bytes each; shard 0 holds what fits beside the directory and
 * `headBytes` of other text in one value of `maxBytes`. Throws when one territory alone is larger than a shard.
 *
 * @example
 * const { directory, shards } = packPlan(plan, 300_000, 200);
 * directory.split('\n')[3]; // '*:*\t0:0:612'
 */
export function packPlan(plan: Plan, maxBytes: number, headBytes: number): PackedPlan {
  const { items, ids, buckets } = storageOrder(plan);
  const lines = bucketLines(buckets);
  let headerBytes = 0;
  for (;;) {
    const packed = packItems(items, maxBytes, maxBytes - headBytes - headerBytes - utf8Bytes(lines.body));
    const header: Header = { territories: plan.territories.length, skipped: plan.skipped.length, shards: packed.firsts };
    const index = shardIndexLine(ids, (item) => shardOf(header, item), packed.shards.length);
    const headerLine = `${JSON.stringify(header)}\n${lines.regions}\n${index}\n`;
    if (utf8Bytes(headerLine) <= headerBytes) return { directory: headerLine + lines.body, shards: packed.shards };
    headerBytes = utf8Bytes(headerLine) + 64;
  }
}

/**
 * The part of the plan a lead can match: its buckets' territories in plan order, indexed; the others are counted in
 * `notLoaded`. Skipped territories are not read.
 *
 * @example
 * planForLead(directory, readShard, lead({ country: 'US', postalCode: '94105' })).territories.length; // 31 of 2,000
 */
export function planForLead(directory: string, readShard: ReadShard, lead: LeadFacts): Plan {
  const read = readHeader(directory);
  const reader = itemReader(read.header, readShard);
  const decoded = new Set<number>();
  const territories: PlanTerritory[] = [];
  for (const run of leadRuns(read, lead)) {
    const texts = reader(run);
    for (let i = 0; i < texts.length; i++) {
      // A territory in two of the lead's buckets is decoded once.
      const item = run[0] + i;
      if (decoded.has(item)) continue;
      decoded.add(item);
      territories.push(decodeItem(texts[i]!, item));
    }
  }
  const sorted = sortedTerritories(territories);
  return { version: 2, territories: sorted, index: buildIndex(sorted), skipped: [], notLoaded: read.header.territories - sorted.length };
}

/**
 * One territory of a lead's part, by id, or null when the lead's buckets do not list it: what the commit after a
 * lead's save needs of the territory routing chose, without decoding the part again. The directory's index names the
 * one shard that holds it, so at most that shard is read (without an index: the lead's shards, shard 0 first).
 *
 * @example
 * leadTerritory(directory, readShard, lead({ country: 'US', postalCode: '94105' }), '812')?.name; // 'US ZIP 941'
 */
export function leadTerritory(directory: string, readShard: ReadShard, lead: LeadFacts, territoryId: string): PlanTerritory | null {
  const read = readHeader(directory);
  const reader = itemReader(read.header, readShard);
  const holder = indexedShard(read.index, territoryId);
  const runs = leadRuns(read, lead).filter((run) => holder === null || shardOf(read.header, run[0]) === holder);
  const inShardZero = (run: Run) => shardOf(read.header, run[0]) === 0;
  // Items are told apart by the id their text starts with: only the one found is parsed.
  const start = `[${encodedId(territoryId)},`;
  for (const run of [...runs.filter(inShardZero), ...runs.filter((run) => !inShardZero(run))]) {
    const texts = reader(run);
    const at = texts.findIndex((text) => text.startsWith(start));
    if (at >= 0) return decodeItem(texts[at]!, run[0] + at);
  }
  return null;
}

/** The whole plan, as compiled: every territory and the skipped ones. */
export function wholePlan(directory: string, readShard: ReadShard): Plan {
  const { header } = readHeader(directory);
  const total = header.territories + header.skipped;
  const firsts = [0, ...header.shards];
  const items: unknown[] = [];
  firsts.forEach((first, shard) => {
    const count = (firsts[shard + 1] ?? total) - first;
    const text = readShard(shard);
    // A bulk run reads every item: each shard's items in one parse.
    const parsed = parseJson(`[${text.slice(text.indexOf('\n') + 1)}]`);
    if (!Array.isArray(parsed) || parsed.length !== count) fail(`shard ${shard}`, `items ${first} to ${first + count - 1}`);
    items.push(...(count === 0 ? [] : parsed));
  });
  const territories = sortedTerritories(items.slice(0, header.territories).map((item, i) => decodeTerritory(item, `item ${i}`)));
  const skipped = items.slice(header.territories).map((item, i) => decodeSkipped(item, `item ${header.territories + i}`));
  return { version: 2, territories, index: buildIndex(territories), skipped };
}

/** How many shards the directory lists beside shard 0. */
export function shardCount(directory: string): number {
  return readHeader(directory).header.shards.length;
}

/** The shards a lead's territories are in, ascending (0 is the directory's own). */
export function shardsForLead(directory: string, lead: LeadFacts): number[] {
  const read = readHeader(directory);
  return [...new Set(leadRuns(read, lead).map(([first]) => shardOf(read.header, first)))].sort((a, b) => a - b);
}

/**
 * UTF-8 length of a text, as NetSuite's size limits count it.
 *
 * @example
 * utf8Bytes('Zürich'); // → 7
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Items in storage order (and their territories' ids), and each bucket's items (ascending), buckets in directory order. */
function storageOrder(plan: Plan): { items: string[]; ids: string[]; buckets: [string, number[]][] } {
  const buckets = plan.territories.map(territoryBuckets);
  const home = buckets.map((names) => names.slice().sort(bucketOrder)[0]!);
  const order = plan.territories.map((_, position) => position).sort((a, b) => bucketOrder(home[a]!, home[b]!) || a - b);
  const itemOf = new Array<number>(plan.territories.length);
  order.forEach((position, item) => (itemOf[position] = item));
  const members = new Map<string, number[]>();
  buckets.forEach((names, position) => {
    for (const name of names) {
      const list = members.get(name);
      if (list === undefined) members.set(name, [itemOf[position]!]);
      else list.push(itemOf[position]!);
    }
  });
  const items = [...order.map((position) => JSON.stringify(encodeTerritory(plan.territories[position]!))), ...plan.skipped.map((skipped) => JSON.stringify(encodeSkipped(skipped)))];
  const sorted = [...members.entries()].sort(([a], [b]) => bucketOrder(a, b));
  return { items, ids: order.map((position) => plan.territories[position]!.id), buckets: sorted.map(([name, list]) => [name, list.sort((a, b) => a - b)]) };
}

/** Buckets without a country first, then by country; within each, `*` first. */
function bucketOrder(a: string, b: string): number {
  const [countryA = '', prefixA = ''] = a.split(':');
  const [countryB = '', prefixB = ''] = b.split(':');
  return rank(countryA, countryB) || rank(prefixA, prefixB);
}

function rank(a: string, b: string): number {
  if (a === b) return 0;
  if (a === ANY) return -1;
  if (b === ANY) return 1;
  return a < b ? -1 : 1;
}

/**
 * The lines a lead searches together: a bucket's country and the first character of its prefix (`US:9` holds US:9,
 * US:94 and US:941), so a lead scans a few short regions, never a whole country's lines.
 */
function regionOf(bucket: string): string {
  return bucket.slice(0, bucket.indexOf(':') + 2);
}

/** Each bucket's line, and where each region's lines are (buckets come sorted, so a region's lines follow each other). */
function bucketLines(buckets: readonly [string, number[]][]): { body: string; regions: string } {
  const regions = new Map<string, [number, number]>();
  let body = '';
  for (const [name, items] of buckets) {
    const runs: string[] = [];
    for (let i = 0; i < items.length; ) {
      let j = i;
      while (j + 1 < items.length && items[j + 1] === items[j]! + 1) j++;
      runs.push(i === j ? items[i]!.toString(36) : `${items[i]!.toString(36)}-${items[j]!.toString(36)}`);
      i = j + 1;
    }
    const line = `${name}\t${runs.join(',')}\n`;
    const region = regionOf(name);
    regions.set(region, [regions.get(region)?.[0] ?? body.length, body.length + line.length]);
    body += line;
  }
  return { body, regions: `;${[...regions].map(([region, [from, to]]) => `${region}=${from}-${to};`).join('')}` };
}

/** Greedy: items in order, a new shard whenever the next one would not fit (an item costs its text, a comma and its offset). */
function packItems(items: readonly string[], maxBytes: number, firstShardBytes: number): { shards: string[]; firsts: number[] } {
  const shards: string[] = [];
  const firsts: number[] = [];
  let ends: number[] = [];
  let texts: string[] = [];
  let length = 0;
  let bytes = 0;
  let capacity = firstShardBytes;
  const close = () => shards.push(`${ends.map(offsetText).join('')}\n${texts.join(',')}`);
  items.forEach((item, index) => {
    const size = utf8Bytes(item) + 1 + OFFSET_DIGITS;
    if (size + 1 > maxBytes) throw new Error(`A territory of the plan takes ${size} bytes, more than one stored value may hold (${maxBytes}).`);
    if (bytes + size + 1 > capacity || length + 1 + item.length >= MAX_OFFSET) {
      close();
      firsts.push(index);
      [ends, texts, length, bytes, capacity] = [[], [], 0, 0, maxBytes];
    }
    length += (texts.length === 0 ? 0 : 1) + item.length;
    texts.push(item);
    ends.push(length);
    bytes += size;
  });
  close();
  return { shards, firsts };
}

/** The header, the regions line, the shard index line, and the bucket lines after them. */
function readHeader(directory: string): { header: Header; regions: string; index: string; body: string } {
  const end = directory.indexOf('\n');
  const parsed = parseJson(end < 0 ? directory : directory.slice(0, end));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail('directory', 'an object');
  const { territories, skipped, shards } = parsed as Record<string, unknown>;
  if (!Array.isArray(shards)) fail('directory.shards', 'an array');
  const regionsEnd = directory.indexOf('\n', end + 1);
  const indexEnd = directory.indexOf('\n', regionsEnd + 1);
  if (end < 0 || regionsEnd < 0) fail('directory', 'a line of regions');
  if (indexEnd < 0) fail('directory', 'a shard index line');
  return {
    header: {
      territories: wholeNumber(territories, 0, 'directory.territories'),
      skipped: wholeNumber(skipped, 0, 'directory.skipped'),
      shards: shards.map((first: unknown, i) => wholeNumber(first, 0, `directory.shards[${i}]`)),
    },
    regions: directory.slice(end + 1, regionsEnd),
    index: directory.slice(regionsEnd + 1, indexEnd),
    body: directory.slice(indexEnd + 1),
  };
}

/** Where a region's lines are in the bucket lines, or null when the plan has none there. */
function regionBounds(regions: string, region: string): [number, number] | null {
  const marker = `;${region}=`;
  const at = regions.indexOf(marker);
  if (at < 0) return null;
  const start = at + marker.length;
  const end = regions.indexOf(';', start);
  const dash = regions.indexOf('-', start);
  const from = numberIn(regions, start, dash, 10);
  const to = numberIn(regions, dash + 1, end, 10);
  if (dash < 0 || dash > end || !Number.isSafeInteger(from) || !Number.isSafeInteger(to)) fail(`directory region ${region}`, 'its bounds');
  return [from, to];
}

/**
 * The runs of the lead's buckets, found in their regions' lines alone; a run never spans shards. Read in place in
 * the directory, without cutting lines or runs out of it: a lead reads a dozen lines, on every save.
 */
function leadRuns({ header, regions, body }: ReturnType<typeof readHeader>, lead: LeadFacts): Run[] {
  const runs: Run[] = [];
  // leadBuckets lists a region's buckets one after another (US:9, US:94, US:941): its bounds are looked up once.
  let regionName = '';
  let region: [number, number] | null = null;
  for (const name of leadBuckets(lead)) {
    const bucketRegion = regionOf(name);
    if (bucketRegion !== regionName) {
      regionName = bucketRegion;
      region = regionBounds(regions, regionName);
    }
    if (region === null) continue;
    const start = lineAfter(body, region, `${name}\t`);
    if (start >= 0) addRuns(body, start, header, name, runs);
  }
  return runs;
}

/** Where the text after `marker` starts on the line of `[from, to)` that begins with it; -1 when none does. */
function lineAfter(body: string, [from, to]: [number, number], marker: string): number {
  for (let line = from; line < to; ) {
    if (body.startsWith(marker, line)) return line + marker.length;
    const end = body.indexOf('\n', line);
    if (end < 0) break;
    line = end + 1;
  }
  return -1;
}

/** Adds the runs a bucket line lists from `start` to its end ("a0-a9,b3"), each cut where a shard ends. */
function addRuns(body: string, start: number, header: Header, name: string, runs: Run[]): void {
  const lineEnd = body.indexOf('\n', start);
  const end = lineEnd < 0 ? body.length : lineEnd;
  for (let at = start; at <= end; ) {
    let stop = at;
    while (stop < end && body.charCodeAt(stop) !== COMMA) stop++;
    let dash = at;
    while (dash < stop && body.charCodeAt(dash) !== DASH) dash++;
    const first = numberIn(body, at, dash, 36);
    const last = dash === stop ? first : numberIn(body, dash + 1, stop, 36);
    if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first > last || last >= header.territories) fail(`directory bucket ${name}`, 'item numbers of the plan');
    for (let from = first; from <= last; ) {
      const shard = shardOf(header, from);
      const to = Math.min(last, shard < header.shards.length ? header.shards[shard]! - 1 : last);
      runs.push([from, to]);
      from = to + 1;
    }
    at = stop + 1;
  }
}

/** The number the digits of `text` from `from` to `to` write in `radix` (lower-case letters above 9); NaN if any is not one. */
function numberIn(text: string, from: number, to: number, radix: number): number {
  if (from >= to) return NaN;
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0x61 && code <= 0x7a ? code - 0x57 : radix;
    if (digit >= radix) return NaN;
    value = value * radix + digit;
  }
  return value;
}

function shardOf(header: Header, item: number): number {
  let shard = 0;
  while (shard < header.shards.length && header.shards[shard]! <= item) shard++;
  return shard;
}

/** Reads the texts of a run of items (within one shard) by their offsets, without parsing; each shard is read once. */
function itemReader(header: Header, readShard: ReadShard): (run: Run) => string[] {
  const opened = new Map<number, { text: string; body: number }>();
  return ([first, last]) => {
    const shard = shardOf(header, first);
    let entry = opened.get(shard);
    if (entry === undefined) {
      const text = readShard(shard);
      entry = { text, body: text.indexOf('\n') + 1 };
      opened.set(shard, entry);
    }
    const { text, body } = entry;
    const base = shard === 0 ? 0 : header.shards[shard - 1]!;
    if (body === 0 || (last - base + 1) * OFFSET_DIGITS >= body) misread(shard, first, last);
    const texts: string[] = [];
    let from = first === base ? 0 : endOffset(text, first - base - 1) + 1;
    for (let item = first; item <= last; item++) {
      const to = endOffset(text, item - base);
      if (!(from < to) || body + to > text.length) misread(shard, first, last);
      texts.push(text.slice(body + from, body + to));
      from = to + 1;
    }
    return texts;
  };
}

/** Where the shard's item at `index` ends, after its body's start: read from the offsets line in place. */
function endOffset(shardText: string, index: number): number {
  return numberIn(shardText, index * OFFSET_DIGITS, (index + 1) * OFFSET_DIGITS, 36);
}

function misread(shard: number, first: number, last: number): never {
  return fail(`shard ${shard}`, `offsets of items ${first} to ${last}`);
}

function decodeItem(text: string, item: number): PlanTerritory {
  return decodeTerritory(parseJson(text), `item ${item}`);
}

/** Plan order (compilePlan's): before-owner territories first, so each walk's part is a run of positions. */
function sortedTerritories(territories: PlanTerritory[]): PlanTerritory[] {
  return territories.sort(comparePlanOrder);
}
