import { expect } from 'chai';
import { type NameKind, checkName } from '../../../lib/testing/memory/names.js';
import { MilvusFailure } from '../../../lib/testing/memory/status.js';

/** The code and message of the failure a name raises, or undefined when it passes. */
function refusal(kind: NameKind, name: string): { code: number; message: string } | undefined {
  try {
    checkName(kind, name);
    return undefined;
  } catch (error) {
    if (error instanceof MilvusFailure) return { code: error.code, message: error.message };
    throw error;
  }
}

describe('memory names (Milvus name rules and messages)', () => {
  const cases: Array<[NameKind, string, number, string]> = [
    ['collection', '', 1100, 'collection name should not be empty: invalid parameter'],
    [
      'collection',
      '1st',
      1100,
      'Invalid collection name: 1st.  the first character of a collection name must be an underscore or letter: invalid parameter',
    ],
    [
      'collection',
      'a-b',
      1100,
      'Invalid collection name: a-b.  collection name can only contain numbers, letters and underscores: invalid parameter',
    ],
    ['alias', '', 1100, 'collection alias should not be empty: invalid parameter'],
    [
      'collection',
      'x'.repeat(256),
      1100,
      `Invalid collection name: ${'x'.repeat(256)}.  the length of a collection name must be less than 255 characters: invalid parameter`,
    ],
    ['database', '', 802, "database name couldn't be empty: invalid database name[database=]"],
    ['database', '9', 802, 'the first character of a database name must be an underscore or letter: invalid database name[database=9]'],
    ['partition', 'a b', 1100, 'Invalid partition name: a b. Partition name can only contain numbers, letters and underscores.: invalid parameter'],
    ['partition', ' ', 1100, 'Invalid partition name: . Partition name should not be empty.: invalid parameter'],
    ['field', '', 1701, 'field name should not be empty: field name invalid[field=]'],
    ['field', 'a.b', 1701, 'Invalid field name: a.b. Field name can only contain numbers, letters, and underscores.: field name invalid[field=a.b]'],
  ];
  for (const [kind, name, code, message] of cases) {
    it(`refuses the ${kind} name ${JSON.stringify(name.length > 20 ? `${name.slice(0, 8)}…` : name)} with ${code}`, () => {
      expect(refusal(kind, name)).to.deep.equal({ code, message });
    });
  }

  it('takes the names Milvus takes: a partition may start with a digit and hold -, 255 bytes pass', () => {
    expect(refusal('partition', '2024-01')).to.equal(undefined);
    expect(refusal('collection', `_${'x'.repeat(254)}`)).to.equal(undefined);
    expect(refusal('field', 'tags_2')).to.equal(undefined);
  });
});
