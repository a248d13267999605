/**
 * Every field kind written through the data API and read back through the embedded Milvus
 * (`startMilvusTestServer`), value for value, in the types the schema promises. A kind the
 * embedded server does not hold yet fails here with the server's refusal, on purpose: the
 * spec states what the data API does, whatever the server.
 */
import { expect } from 'chai';
import { field, schema } from '../../lib/index.js';
import { FIELD_KIND_CASES, roundTrip } from '../support/field-kinds.js';
import { connect, server } from '../support/live.js';

describe('data API: every field kind round-trips through the embedded Milvus', () => {
  for (const kind of FIELD_KIND_CASES) {
    it(kind.name, async () => {
      const conn = connect(await server());
      const read = await roundTrip(conn, 'kinds', [kind]);
      expect(read.get(kind.name)).to.deep.equal(kind.read);
    });
  }

  it('all scalar kinds in one collection', async () => {
    const conn = connect(await server());
    const scalars = FIELD_KIND_CASES.filter((kind) => kind.index === undefined);
    const read = await roundTrip(conn, 'scalars', scalars);
    for (const kind of scalars) expect(read.get(kind.name), kind.name).to.deep.equal(kind.read);
  });

  it('float vectors come back as Float32Array views, and int64 as bigint', async () => {
    const conn = connect(await server());
    const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 2 }), n: field.int64() });
    const docs = await conn.createCollection('docs', Docs, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
    await docs.insert([{ id: 1, v: [1, 2], n: 2n ** 62n }]);
    const [row] = await docs.get([1]);
    expect(row?.v).to.be.instanceOf(Float32Array);
    expect(row?.n).to.equal(2n ** 62n);
    const [hit] = await docs.search([1, 2], { limit: 1, outputFields: ['v', 'n'], consistency: 'Strong' });
    expect(hit?.id).to.equal(1n);
    expect(hit?.row.v).to.be.instanceOf(Float32Array);
    expect(Array.from(hit?.row.v ?? [])).to.deep.equal([1, 2]);
    expect(hit?.score).to.equal(0);
  });
});
