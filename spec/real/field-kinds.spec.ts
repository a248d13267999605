/**
 * Every field kind of the data API written to a real server and read back, value for value,
 * in the types the schema promises: the cases of `spec/support/field-kinds.ts`, which the
 * embedded Milvus runs too. The scalar kinds share one collection; each vector kind, and JSON
 * that is not an object, has its own. A kind a server does not hold is pinned by its refusal,
 * in the server's words, so that a server version that gains it shows here.
 */
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { GrpcError } from '../../lib/errors.js';
import { FIELD_KIND_CASES, type KindCase, roundTrip } from '../support/field-kinds.js';
import type { RealServerKind } from './support/real-server.js';
import { eachRealServer } from './support/suite.js';

const LITE_UNSUPPORTED = /uses Milvus type \w+ which MilvusLite does not support/;

/** What each server answers for the kinds it does not hold (milvus-lite 3.2.2, the Go server 2.3.5). */
const REFUSED: Record<RealServerKind, Readonly<Record<string, RegExp>>> = {
  lite: {
    binaryVector: LITE_UNSUPPORTED,
    'float16Vector (floats and raw bytes)': LITE_UNSUPPORTED,
    'bfloat16Vector (floats and raw bytes)': LITE_UNSUPPORTED,
  },
  standalone: {
    // 2.3.5 stores only JSON objects; later versions take any JSON value.
    'json (top-level arrays)': /json: cannot unmarshal \w+ into Go value of type map/,
    // bfloat16 and sparse vectors came with 2.4: 2.3.5 makes the field but indexes neither.
    'bfloat16Vector (floats and raw bytes)': /create index on BFloat16Vector field is not supported/,
    'sparseFloatVector ({ indices, values } and Map)': /create index on 104 field is not supported/,
  },
};

/** The collections the cases go into: the scalar kinds together, the others one each. */
function groups(): KindCase[][] {
  const alone = (kind: KindCase): boolean => kind.index !== undefined || kind.name.startsWith('json (');
  return [FIELD_KIND_CASES.filter((kind) => !alone(kind)), ...FIELD_KIND_CASES.filter(alone).map((kind) => [kind])];
}

eachRealServer('every field kind through the data API', (server, serverKind) => {
  let conn: Connection;
  before(() => {
    conn = Connection.start(server().uri);
  });
  after(() => conn.disconnect());

  groups().forEach((group, g) => {
    const names = group.map((kind) => kind.name);
    const refusal = names.map((name) => REFUSED[serverKind][name]).find((words) => words !== undefined);
    it(`${refusal === undefined ? 'round-trips' : 'is refused:'} ${names.join(', ')}`, async function () {
      this.timeout(120_000);
      const name = `kinds_${g}_${process.pid}`;
      try {
        if (refusal !== undefined) {
          const error = await roundTrip(conn, name, group).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(error).to.be.instanceOf(GrpcError);
          expect((error as GrpcError).message).to.match(refusal);
          return;
        }
        const read = await roundTrip(conn, name, group);
        for (const kind of group) expect(read.get(kind.name), kind.name).to.deep.equal(kind.read);
      } finally {
        if (await conn.hasCollection(name)) await conn.dropCollection(name);
      }
    });
  });
});
