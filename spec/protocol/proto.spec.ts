import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import protobuf from 'protobufjs';
import { MILVUS_SERVICE, type MilvusStreamingMethodName, milvusPackage, milvusService } from '../../lib/protocol/proto.js';
import { PROTO_DIR, type ProtoType, officialRoot, reachable, renderProtoFiles } from '../../scripts/gen-proto.js';
import { GENERATED_DIR, PROTOCOL_INDEX, generateTypes, protocolIndex } from '../../scripts/gen-types.js';

/** Our proto/ as protobufjs reads it, field names as written. */
function ourRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync('milvus.proto', { keepCase: true });
  root.resolveAll();
  return root;
}

/**
 * The wire facts of a root, flat: one entry per method, message, enum, field and enum value,
 * keyed by its full name, so a difference names exactly what differs.
 */
function facts(root: protobuf.Root): Map<string, string> {
  const { service, types } = reachable(root);
  const entries = new Map<string, string>();
  const add = (key: string, value: object): void => {
    entries.set(key, JSON.stringify(value));
  };
  for (const method of service.methodsArray) {
    add(`rpc ${method.name}`, {
      request: method.resolvedRequestType?.fullName,
      response: method.resolvedResponseType?.fullName,
      requestStream: method.requestStream === true,
      responseStream: method.responseStream === true,
      deprecated: method.options?.deprecated === true,
    });
  }
  for (const type of types) {
    const deprecated = type.options?.deprecated === true;
    if (type instanceof protobuf.Enum) {
      add(type.fullName, { kind: 'enum', deprecated, reserved: type.reserved ?? [] });
      for (const [name, value] of Object.entries(type.values)) {
        add(`${type.fullName}.${name}`, { value, deprecated: type.valuesOptions?.[name]?.deprecated === true });
      }
      continue;
    }
    const oneofs = Object.fromEntries(type.oneofsArray.map((oneof) => [oneof.name, oneof.oneof]));
    add(type.fullName, { kind: 'message', deprecated, reserved: type.reserved ?? [], oneofs });
    for (const field of type.fieldsArray) {
      add(`${type.fullName}.${field.name}`, {
        id: field.id,
        type: field.resolvedType?.fullName ?? field.type,
        keyType: field instanceof protobuf.MapField ? field.keyType : undefined,
        repeated: field.repeated,
        proto3Optional: field.options?.proto3_optional === true,
        deprecated: field.options?.deprecated === true,
      });
    }
  }
  return entries;
}

/** Every way `ours` differs from `official`, one line each; empty when they agree. */
function differences(ours: protobuf.Root, official: protobuf.Root): string[] {
  const [mine, theirs] = [facts(ours), facts(official)];
  const keys = [...new Set([...theirs.keys(), ...mine.keys()])];
  return keys
    .filter((key) => mine.get(key) !== theirs.get(key))
    .map((key) => `${key}: ours ${mine.get(key) ?? 'missing'}, official ${theirs.get(key) ?? 'missing'}`);
}

/** Every file under `dir` with its text, by path relative to `dir`. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length), readFileSync(path, 'utf8')];
    }),
  );
}

/** True when two types are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Every message and enum declared in a root, however deep. */
function declaredTypes(scope: protobuf.NamespaceBase): ProtoType[] {
  return scope.nestedArray.flatMap((child) => [
    ...(child instanceof protobuf.Type || child instanceof protobuf.Enum ? [child] : []),
    ...(child instanceof protobuf.Namespace || child instanceof protobuf.Type ? declaredTypes(child) : []),
  ]);
}

describe('proto/ (the Milvus protocol)', () => {
  const official = officialRoot();
  const ours = ourRoot();

  it('holds every MilvusService method of the pinned SDK (143 in 3.0.6)', () => {
    expect(reachable(ours).service.methodsArray).to.have.length.of.at.least(143);
  });

  it('equals the official descriptor: methods, streaming, and every reachable message and enum', () => {
    expect(differences(ours, official)).to.deep.equal([]);
  });

  it('declares nothing the service does not reach', () => {
    const reached = new Set(reachable(ours).types);
    expect(
      declaredTypes(ours)
        .filter((type) => !reached.has(type))
        .map((t) => t.fullName),
    ).to.deep.equal([]);
  });

  it('the comparison notices a changed field number, enum value, label and stream flag', () => {
    const mutated = (change: (root: protobuf.Root) => void): string[] => {
      const root = protobuf.Root.fromJSON(official.toJSON());
      change(root);
      root.resolveAll();
      return differences(root, official);
    };
    expect(mutated(() => undefined)).to.deep.equal([]);
    const status = (root: protobuf.Root) => root.lookupType('milvus.proto.common.Status');
    expect(
      mutated((root) => {
        status(root).fields.code!.id = 33;
      }),
    ).to.have.length(1);
    expect(
      mutated((root) => {
        root.lookupEnum('milvus.proto.common.ErrorCode').values.Success = 7;
      }),
    ).to.have.length(1);
    expect(
      mutated((root) => {
        status(root).fields.reason!.repeated = true;
      }),
    ).to.have.length(1);
    expect(
      mutated((root) => {
        root.lookupService('milvus.proto.milvus.MilvusService').methods.Search!.responseStream = true;
      }),
    ).to.have.length(1);
  });

  it('is exactly what npm run proto:generate writes (nothing edited by hand)', () => {
    const expected = Object.fromEntries(renderProtoFiles(official));
    expect(tree(PROTO_DIR)).to.deep.equal(expected);
  });

  it('marks as streaming exactly the methods MilvusStreamingMethodName names', () => {
    const streaming = ['CreateReplicateStream', 'DumpMessages'] as const;
    const exact: Equal<(typeof streaming)[number], MilvusStreamingMethodName> = true;
    const official = reachable(officialRoot()).service.methodsArray.filter((m) => m.requestStream || m.responseStream);
    expect(exact).to.equal(true);
    expect(official.map((m) => m.name).sort()).to.deep.equal(streaming);
  });

  it('lib/protocol/generated is what npm run proto:types makes of proto/', function () {
    this.timeout(60_000);
    const fresh = mkdtempSync(join(tmpdir(), 'milvex-types-'));
    try {
      generateTypes(fresh);
      const [expected, actual] = [tree(`${fresh}/`), tree(GENERATED_DIR)];
      expect(Object.keys(actual).sort()).to.deep.equal(Object.keys(expected).sort());
      expect(Object.keys(actual).filter((file) => actual[file] !== expected[file])).to.deep.equal([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('lib/protocol/index.ts (milvex/proto) re-exports every generated file, as npm run proto:types writes it', () => {
    expect(readFileSync(PROTOCOL_INDEX, 'utf8')).to.equal(protocolIndex());
  });

  describe('as lib/proto.ts loads it (keepCase, longs String, enums Number, defaults, oneofs)', () => {
    const definition = milvusPackage();

    it('defines every method with its streaming shape', () => {
      const service = milvusService();
      const shapes = Object.fromEntries(Object.entries(service).map(([name, m]) => [name, `${m.path} ${m.requestStream} ${m.responseStream}`]));
      const expected = Object.fromEntries(
        reachable(official).service.methodsArray.map((m) => [
          m.name,
          `/${MILVUS_SERVICE}/${m.name} ${m.requestStream === true} ${m.responseStream === true}`,
        ]),
      );
      expect(shapes).to.deep.equal(expected);
    });

    it('knows every reachable message and enum (nested ones travel inside their parent)', () => {
      const topLevel = reachable(official).types.filter((t) => !(t.parent instanceof protobuf.Type));
      const missing = topLevel.map((t) => t.fullName.slice(1)).filter((name) => !(name in definition));
      expect(missing).to.deep.equal([]);
    });

    it('encodes and decodes with the loader options: oneof, map, int64, enum, optional', () => {
      const search = milvusService().Search!;
      const request = {
        collection_name: 'c',
        ids: { int_id: { data: ['9007199254740993'] } },
        expr_template_values: { x: { int64_val: '5' } },
        consistency_level: 2,
        namespace: 'n',
      };
      const decoded = search.requestDeserialize(search.requestSerialize(request)) as Record<string, unknown>;
      expect(decoded).to.deep.include({
        collection_name: 'c',
        search_input: 'ids',
        ids: { int_id: { data: ['9007199254740993'] }, id_field: 'int_id' },
        consistency_level: 2,
        namespace: 'n',
        _namespace: 'namespace',
        dsl: '',
      });
      expect(decoded.expr_template_values).to.have.nested.property('x.int64_val', '5');
    });
  });
});
