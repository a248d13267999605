import { expect } from 'chai';
import { type Metric, type SearchSpace, norm, searchTopK } from '../../../lib/testing/memory/search.js';

/** A seeded generator (mulberry32), so the vectors are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function space(rows: number[][], keys: number[], accept: (slot: number) => boolean = () => true): SearchSpace {
  const dim = rows[0]?.length ?? 0;
  const vectors = Float32Array.from(rows.flat());
  const norms = Float32Array.from(rows.map((_, slot) => norm(vectors, slot * dim, dim)));
  return { vectors, norms, dim, count: rows.length, accept, keyOrder: (a, b) => (keys[a] as number) - (keys[b] as number) };
}

/** The textbook score of two float32 vectors, in float64. */
function score(metric: Metric, a: readonly number[], b: readonly number[]): number {
  const dot = a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);
  if (metric === 'IP') return dot;
  if (metric === 'L2') return a.reduce((sum, x, i) => sum + (x - (b[i] as number)) ** 2, 0);
  const length = (v: readonly number[]): number => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  return dot / (length(a) * length(b));
}

describe('memory exact search', () => {
  const random = seeded(7);
  const dim = 13; // not a multiple of 4: the kernels' tail loop counts
  const rows = Array.from({ length: 300 }, () => Array.from({ length: dim }, () => Math.fround(random() * 2 - 1)));
  const keys = rows.map((_, i) => 1000 - i);
  const query = Array.from({ length: dim }, () => Math.fround(random() * 2 - 1));

  for (const metric of ['L2', 'IP', 'COSINE'] as const) {
    it(`${metric}: the top 10 are the brute-force top 10, best first, with their scores`, () => {
      const hits = searchTopK(space(rows, keys), Float32Array.from(query), metric, 10);
      const larger = metric !== 'L2';
      const expected = rows
        .map((row, slot) => ({ slot, score: score(metric, row, query) }))
        .sort((a, b) => (larger ? b.score - a.score : a.score - b.score))
        .slice(0, 10);
      expect(hits.map((hit) => hit.slot)).to.deep.equal(expected.map((hit) => hit.slot));
      hits.forEach((hit, i) => expect(hit.score).to.be.closeTo(expected[i]?.score as number, 1e-5));
    });
  }

  it('ranks equal scores by primary key, whatever the slot order', () => {
    const same = [
      [1, 0],
      [0, 1],
      [1, 0],
      [1, 0],
    ];
    const hits = searchTopK(space(same, [30, 5, 10, 20]), Float32Array.from([1, 0]), 'IP', 2);
    expect(hits.map((hit) => hit.slot)).to.deep.equal([2, 3]);
  });

  it('skips the slots it is told to, and returns fewer than k when fewer qualify', () => {
    const hits = searchTopK(
      space(rows, keys, (slot) => slot % 100 === 0),
      Float32Array.from(query),
      'L2',
      10,
    );
    expect(hits.map((hit) => hit.slot).sort((a, b) => a - b)).to.deep.equal([0, 100, 200]);
  });

  it('scores a zero vector 0 under COSINE instead of NaN', () => {
    const [hit] = searchTopK(space([[0, 0]], [1]), Float32Array.from([1, 1]), 'COSINE', 1);
    expect(hit?.score).to.equal(0);
  });
});
