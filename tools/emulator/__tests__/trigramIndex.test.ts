import { idsOf, type IdSet } from '../idSets';
import { joinTextTerms, TrigramIndex } from '../textIndex';

const found = (index: TrigramIndex, term: string) => idsOf(index.candidates('contains', term) ?? new Set(['(too short)'])).sort();

describe('TrigramIndex postings', () => {
  test('a term names only the records holding every one of its trigrams, not just its rarest few', () => {
    const index = new TrigramIndex();
    index.add('1', 'abcdefgh');
    // Holds the rarer trigrams of the term but not its last one.
    index.add('2', 'abcdefgX');
    for (let id = 3; id < 50; id += 1) index.add(String(id), `zzfgh${id}`);

    expect(found(index, 'abcdefgh')).toEqual(['1']);
    expect(found(index, 'efgh')).toEqual(['1']);
    expect(found(index, 'fgh').length).toBe(48);
  });

  test('a value repeating a trigram is named once; empty values and unknown ids are no-ops', () => {
    const index = new TrigramIndex();
    index.add('1', 'aaaaaa');
    index.add('2', '');
    index.add('3', undefined);
    index.remove('2');
    index.remove('never added');

    expect(found(index, 'aaa')).toEqual(['1']);
    expect(found(index, 'zzz')).toEqual([]);
  });

  test('removed records leave the postings, also after enough removals to renumber every slot', () => {
    const index = new TrigramIndex();
    const live = new Map<string, string>();
    for (let id = 1; id <= 3000; id += 1) {
      const value = `company ${id % 7} record ${id}`;
      index.add(String(id), value);
      live.set(String(id), value);
    }
    // Remove most records and re-add some with new text (a replace): well past the renumbering threshold.
    for (let id = 1; id <= 2800; id += 1) {
      index.remove(String(id));
      live.delete(String(id));
      if (id % 10 === 0) {
        const value = `renamed ${id % 3} record ${id}`;
        index.add(String(id), value);
        live.set(String(id), value);
      }
    }
    // Candidates are the records holding every trigram of the term (a superset of those containing it).
    const trigrams = (text: string) => new Set(Array.from({ length: Math.max(text.length - 2, 0) }, (_, at) => text.slice(at, at + 3)));
    const expected = (term: string) => [...live].filter(([, value]) => [...trigrams(term)].every((gram) => trigrams(value).has(gram))).map(([id]) => id).sort();

    for (const term of ['company 3', 'renamed 1', 'record 29', 'record 2990', 'ecord', 'company 3 record 2801']) {
      expect(found(index, term)).toEqual(expected(term));
      // Asked one id at a time (as a wider part of an AND is), the candidates answer the same.
      const candidates = index.candidates('contains', term) as IdSet;
      expect(Array.from({ length: 3000 }, (_, at) => String(at + 1)).filter((id) => candidates.has(id)).sort()).toEqual(expected(term));
    }
    expect(found(index, 'company 3 record 27')).toEqual([]);
  });
});

describe('terms of one index ANDed together', () => {
  test('are joined into one part naming exactly the ids both name; other parts and other indexes stay apart', () => {
    const [names, emails] = [new TrigramIndex(), new TrigramIndex()];
    for (let id = 1; id <= 400; id += 1) {
      names.add(String(id), `${['zeta', 'acme', 'nova'][id % 3]} ${['solutions', 'systems'][id % 2]} ${id}`);
      emails.add(String(id), `info@${['zeta', 'acme'][id % 2]}.example`);
    }
    const term = (index: TrigramIndex, text: string) => index.candidates('contains', text) as IdSet;
    const pairs = [['zeta', 'solutions'], ['solutions', 'acme'], ['systems', ' 12'], ['nova', 'systems 3']] as const;

    for (const [first, second] of pairs) {
      const [left, right, other, email] = [term(names, first), term(names, second), new Set(['1', '2', '3', '4']), term(emails, 'zeta')];
      const joined = joinTextTerms([left, other, right, email]);
      const both = idsOf(left).filter((id) => right.has(id)).sort();

      expect(joined).toHaveLength(3);
      expect(joined).toContain(other);
      expect(joined).toContain(email);
      const joinedNames = joined.find((part) => part !== other && part !== email) as IdSet;
      expect(idsOf(joinedNames).sort()).toEqual(both);
      expect(Array.from({ length: 400 }, (_, at) => String(at + 1)).filter((id) => joinedNames.has(id)).sort()).toEqual(both);
    }
    const single = [term(names, 'zeta'), term(emails, 'acme')];
    expect(joinTextTerms(single)).toBe(single);
  });
});
