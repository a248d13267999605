import { expect } from 'chai';
import protobuf from 'protobufjs';
import { METHOD_KINDS, milvusStatusOf } from '../../lib/protocol/methods.js';
import { type MilvusServiceMethodName, milvusService } from '../../lib/protocol/proto.js';
import { officialRoot, reachable } from '../../scripts/gen-proto.js';

const STATUS = '.milvus.proto.common.Status';

/** The official descriptor's methods, the reference every table here is checked against. */
const methods = reachable(officialRoot()).service.methodsArray;

/**
 * Where the official descriptor puts each method's status, worked out independently of
 * lib/methods.ts (by protobufjs type resolution): `'reply'`, a field name, or `null`.
 */
function officialStatusPlace(method: protobuf.Method): string | null {
  const response = method.resolvedResponseType as protobuf.Type;
  if (response.fullName === STATUS) return 'reply';
  return response.fieldsArray.find((field) => field.resolvedType?.fullName === STATUS)?.name ?? null;
}

describe('METHOD_KINDS', () => {
  it('classifies every MilvusService method of the descriptor, and nothing else', () => {
    expect(Object.keys(METHOD_KINDS).sort()).to.deep.equal(methods.map((m) => m.name).sort());
  });

  it('marks the writes that duplicate data when resent as writes', () => {
    for (const method of ['Insert', 'Upsert', 'Delete', 'CreateCollection', 'DropCollection', 'Import', 'Flush', 'CreateIndex'] as const) {
      expect(METHOD_KINDS[method], method).to.equal('write');
    }
  });

  it('marks the lookups and searches as reads', () => {
    const reads = [
      'Search',
      'HybridSearch',
      'Query',
      'HasCollection',
      'DescribeCollection',
      'ShowCollections',
      'ListDatabases',
      'GetLoadingProgress',
      'SelectUser',
      'CheckHealth',
      'GetVersion',
      'Connect',
      'AllocTimestamp',
    ] as const;
    for (const method of reads) expect(METHOD_KINDS[method], method).to.equal('read');
  });

  it('never calls a Create/Drop/Alter/Insert/Load/Release/Grant-style method a read', () => {
    const changes =
      /^(Create|Drop|Alter|Add|Remove|Delete|Insert|Upsert|Load|Release|Rename|Operate|Update|Transfer|Restore|Truncate|Pin|Unpin|Import|Flush|Manual|Refresh|Replicate)/;
    const misread = methods.map((m) => m.name).filter((name) => changes.test(name) && METHOD_KINDS[name as MilvusServiceMethodName] === 'read');
    expect(misread).to.deep.equal([]);
  });

  it('never calls a Has/Describe/Show/List/Get/Select method a write', () => {
    const lookups = /^(Has|Describe|Show|List|Get|Select)/;
    const miswritten = methods.map((m) => m.name).filter((name) => lookups.test(name) && METHOD_KINDS[name as MilvusServiceMethodName] === 'write');
    expect(miswritten).to.deep.equal([]);
  });
});

describe('milvusStatusOf', () => {
  const status = { error_code: 0, reason: 'collection not found', code: 100, retriable: false, detail: '', extra_info: {} };

  it('finds the status of every method where the descriptor puts it', () => {
    for (const method of methods) {
      const name = method.name as MilvusServiceMethodName;
      const place = officialStatusPlace(method);
      const reply = place === 'reply' ? { ...status } : place === null ? { other: status } : { [place]: status };
      const expected = place === 'reply' ? reply : place === null ? undefined : status;
      expect(milvusStatusOf(name, reply), name).to.equal(expected);
    }
  });

  it('meets the shapes its TSDoc names: a bare Status, a status field, alter_status, and none', () => {
    const shapes = Object.fromEntries(methods.map((m) => [m.name, officialStatusPlace(m)]));
    const exceptions = Object.entries(shapes).filter(([, place]) => place !== 'status' && place !== 'reply');
    expect(Object.fromEntries(exceptions)).to.deep.equal({
      AlterCollectionSchema: 'alter_status',
      CreateReplicateStream: null,
      Dummy: null,
      GetReplicateInfo: null,
    });
    expect(shapes).to.include({ CreateCollection: 'reply', Insert: 'status', Search: 'status', DropCollection: 'reply' });
  });

  it('reads decoded replies of each shape', () => {
    const decode = (method: string, reply: object): object => {
      const definition = milvusService()[method]!;
      return definition.responseDeserialize(definition.responseSerialize(reply));
    };
    expect(milvusStatusOf('DropCollection', decode('DropCollection', { code: 100, reason: 'gone' }))).to.include({ code: 100, reason: 'gone' });
    expect(milvusStatusOf('HasCollection', decode('HasCollection', { status: { code: 8, retriable: true }, value: false }))).to.include({
      code: 8,
      retriable: true,
    });
    expect(milvusStatusOf('AlterCollectionSchema', decode('AlterCollectionSchema', { alter_status: { code: 1100 } }))).to.include({ code: 1100 });
    expect(milvusStatusOf('Dummy', decode('Dummy', { response: 'x' }))).to.equal(undefined);
    // An absent status decodes as null; the caller gets undefined, not null.
    expect(milvusStatusOf('Insert', decode('Insert', {}))).to.equal(undefined);
  });

  it('does what its TSDoc example says', () => {
    const found = milvusStatusOf('HasCollection', { status: { code: 100, reason: 'collection not found' }, value: false });
    const bare = milvusStatusOf('DropCollection', { code: 65535, reason: 'unexpected' });
    expect([found?.code, bare?.code, milvusStatusOf('Dummy', { response: '' })]).to.deep.equal([100, 65535, undefined]);
  });
});
