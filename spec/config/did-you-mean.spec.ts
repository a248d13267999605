import { expect } from 'chai';
import { editDistance, knownNames, nearestNames } from '../../lib/config/did-you-mean.js';

describe('editDistance', () => {
  const rows: ReadonlyArray<[string, string, number]> = [
    ['', '', 0],
    ['', 'abc', 3],
    ['host', 'host', 0],
    ['hots', 'host', 1], // a swap of neighbours is one edit
    ['tsl', 'tls', 1],
    ['tsl', 'ssl', 1],
    ['reconectBaseDelay', 'reconnectBaseDelay', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // optimal string alignment: a swapped pair is not edited again
  ];
  for (const [a, b, distance] of rows) {
    it(`"${a}" to "${b}" is ${distance}`, () => {
      expect(editDistance(a, b)).to.equal(distance);
      expect(editDistance(b, a)).to.equal(distance);
    });
  }
});

describe('nearestNames', () => {
  const known = ['host', 'hosts', 'port', 'ssl', 'tls', 'reconnectBaseDelay'];

  it('ignores case', () => {
    expect(nearestNames('HOST', known)).to.deep.equal(['host']);
  });

  it('gives every name equally near, in the order known', () => {
    expect(nearestNames('tsl', known)).to.deep.equal(['ssl', 'tls']);
  });

  it('allows one edit per three characters, at least one', () => {
    expect(nearestNames('rcnnctBaseDelay', known)).to.deep.equal(['reconnectBaseDelay']); // 15 characters, 3 edits
    expect(nearestNames('rcnnctBseDely', known)).to.deep.equal([]); // 13 characters, 5 edits
    expect(nearestNames('xy', known)).to.deep.equal([]);
  });

  it('ends a message with the suggestion, or with every name', () => {
    expect(knownNames('prot', known, 'options')).to.equal('did you mean "port"?');
    expect(knownNames('retries', known, 'options')).to.equal(`the options are ${known.join(', ')}`);
  });
});
