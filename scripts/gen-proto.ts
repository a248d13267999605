/**
 * Writes the Milvus protocol into `proto/` as .proto text: one file per protobuf package, holding
 * `MilvusService` and every message and enum its methods reach. The facts (names, field numbers,
 * types, labels, oneofs, enum values, deprecations) come from the protobufjs JSON descriptor the
 * official Node SDK ships; the text and its layout are ours. Run by hand when moving the pin
 * (`npm run proto:generate && npm run proto:types`); `spec/proto.spec.ts` proves the committed
 * files equal the descriptor.
 *
 * Left out on purpose, because they do not change a byte on the wire: file options for other
 * languages (`go_package`, `java_*`), and the server's custom `(common.privilege_ext_obj)`
 * message options (its access-control table), which would drag in `google/protobuf/descriptor.proto`.
 * Anything else the descriptor might hold one day (proto2 rules, defaults, extensions, other
 * options) stops the script instead of being dropped silently.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { MILVUS_SERVICE } from '../lib/protocol/proto.js';

/** The npm package whose descriptor is the source of the protocol's facts. */
const SDK_PACKAGE = '@zilliz/milvus2-sdk-node';

/** Where the generated files go. */
export const PROTO_DIR = fileURLToPath(new URL('../proto/', import.meta.url));

const require = createRequire(import.meta.url);

/** The installed SDK's version and the Milvus version it was built for. */
function sdkVersions(): { sdk: string; milvus: string } {
  const pkg = require(`${SDK_PACKAGE}/package.json`) as { version: string; milvusVersion?: string };
  return { sdk: pkg.version, milvus: pkg.milvusVersion ?? 'unknown' };
}

/** The SDK's descriptor as a resolved protobufjs root: the reference the protocol must equal. */
export function officialRoot(): protobuf.Root {
  const module = require(`${SDK_PACKAGE}/dist/milvus/proto-json/milvus.js`) as { default: protobuf.INamespace };
  const root = protobuf.Root.fromJSON(module.default);
  root.resolveAll();
  return root;
}

/** A message or an enum. */
export type ProtoType = protobuf.Type | protobuf.Enum;

/**
 * `MilvusService` of a resolved root and every message and enum reachable from its methods
 * (request and response types, then field and map value types, transitively), in the order
 * first reached.
 */
export function reachable(root: protobuf.Root): { service: protobuf.Service; types: ProtoType[] } {
  const service = root.lookupService(MILVUS_SERVICE);
  const seen = new Set<ProtoType>();
  const visit = (type: ProtoType): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type instanceof protobuf.Type) {
      for (const field of type.fieldsArray) if (field.resolvedType) visit(field.resolvedType);
    }
  };
  for (const method of service.methodsArray) {
    visit(method.resolvedRequestType as protobuf.Type);
    visit(method.resolvedResponseType as protobuf.Type);
  }
  return { service, types: [...seen] };
}

/** The protobuf package an object is declared in (its nearest enclosing plain namespace). */
function packageOf(object: protobuf.ReflectionObject): protobuf.Namespace {
  let scope = object.parent;
  while (scope instanceof protobuf.Type) scope = scope.parent;
  return scope as protobuf.Namespace;
}

/** `.milvus.proto.common` -> `common.proto`. */
function fileNameOf(pkg: protobuf.Namespace): string {
  return `${pkg.name}.proto`;
}

/** Fails the generation on a descriptor feature these files would not carry. */
function unsupported(what: string, where: protobuf.ReflectionObject): never {
  throw new Error(`gen-proto: ${where.fullName} uses ${what}, which this generator does not write; extend it`);
}

/**
 * `[deprecated = true]`-style options of a field, an enum value or a method; the server's custom
 * `(…)` options are skipped (see the header), anything else is refused.
 */
function deprecatedOption(options: Record<string, unknown> | undefined, where: protobuf.ReflectionObject, allowed: string[] = []): boolean {
  for (const key of Object.keys(options ?? {})) {
    if (key !== 'deprecated' && !key.startsWith('(') && !allowed.includes(key)) unsupported(`option ${key}`, where);
  }
  return options?.deprecated === true;
}

/**
 * How `scope` names `target`: the shortest dotted suffix of its full name that resolves back to it
 * from `scope` (`Action` inside its parent message), where a name from another package keeps at
 * least that package's last name (`common.Status`); the fully qualified name when nothing shorter
 * resolves.
 */
function typeRef(scope: protobuf.Namespace, target: ProtoType): string {
  const parts = target.fullName.slice(1).split('.');
  const pkg = packageOf(target);
  const shortest = pkg === packageOf(scope) ? 1 : parts.length - pkg.fullName.slice(1).split('.').length + 1;
  for (let length = shortest; length <= parts.length; length += 1) {
    const name = parts.slice(-length).join('.');
    if (scope.lookup(name) === target) return name;
  }
  return target.fullName;
}

/** `reserved 16, 20 to 22, "old";` lines. */
function reservedLines(reserved: (number[] | string)[] | undefined, indent: string): string[] {
  if (!reserved?.length) return [];
  const parts = reserved.map((r) => (typeof r === 'string' ? JSON.stringify(r) : r[0] === r[1] ? `${r[0]}` : `${r[0]} to ${r[1]}`));
  return [`${indent}reserved ${parts.join(', ')};`];
}

/** One field declaration. */
function fieldLine(type: protobuf.Type, field: protobuf.Field, indent: string): string {
  const proto3Optional = field.options?.proto3_optional === true;
  if (field.required || field.delimited) unsupported('a proto2 required or group field', field);
  const deprecated = deprecatedOption(field.options, field, ['proto3_optional']);
  const valueType = field.resolvedType ? typeRef(type, field.resolvedType) : field.type;
  const label = field.repeated ? 'repeated ' : proto3Optional ? 'optional ' : '';
  const declared = field instanceof protobuf.MapField ? `map<${field.keyType}, ${valueType}>` : `${label}${valueType}`;
  return `${indent}${declared} ${field.name} = ${field.id}${deprecated ? ' [deprecated = true]' : ''};`;
}

/** A message, its fields (real oneofs grouped where their first member stands) and its reachable nested types. */
function messageLines(type: protobuf.Type, keep: Set<ProtoType>, indent: string): string[] {
  if (type.extensions?.length) unsupported('extensions', type);
  const inner = `${indent}  `;
  const lines = [`${indent}message ${type.name} {`];
  if (deprecatedOption(type.options, type)) lines.push(`${inner}option deprecated = true;`);
  lines.push(...reservedLines(type.reserved, inner));
  const written = new Set<protobuf.OneOf>();
  for (const field of type.fieldsArray) {
    const oneof = field.partOf;
    if (!oneof || field.options?.proto3_optional === true) {
      lines.push(fieldLine(type, field, inner));
    } else if (!written.has(oneof)) {
      written.add(oneof);
      lines.push(`${inner}oneof ${oneof.name} {`, ...oneof.fieldsArray.map((f) => fieldLine(type, f, `${inner}  `)), `${inner}}`);
    }
  }
  lines.push(...nestedLines(type, keep, inner), `${indent}}`);
  return lines;
}

/** An enum with its values in declared order. */
function enumLines(type: protobuf.Enum, indent: string): string[] {
  const inner = `${indent}  `;
  const lines = [`${indent}enum ${type.name} {`];
  if (deprecatedOption(type.options, type, ['allow_alias'])) lines.push(`${inner}option deprecated = true;`);
  const numbers = Object.values(type.values);
  if (new Set(numbers).size !== numbers.length) lines.push(`${inner}option allow_alias = true;`);
  lines.push(...reservedLines(type.reserved, inner));
  for (const [name, value] of Object.entries(type.values)) {
    const deprecated = deprecatedOption(type.valuesOptions?.[name], type);
    lines.push(`${inner}${name} = ${value}${deprecated ? ' [deprecated = true]' : ''};`);
  }
  lines.push(`${indent}}`);
  return lines;
}

/** The service with every method, streaming markers and deprecations included. */
function serviceLines(service: protobuf.Service): string[] {
  const lines = [`service ${service.name} {`];
  for (const method of service.methodsArray) {
    const request = typeRef(service, method.resolvedRequestType as protobuf.Type);
    const response = typeRef(service, method.resolvedResponseType as protobuf.Type);
    const signature = `rpc ${method.name}(${method.requestStream ? 'stream ' : ''}${request}) returns (${method.responseStream ? 'stream ' : ''}${response})`;
    const deprecated = deprecatedOption(method.options, method);
    lines.push(deprecated ? `  ${signature} {\n    option deprecated = true;\n  }` : `  ${signature} {}`);
  }
  lines.push('}');
  return lines;
}

/** The kept types declared directly in a namespace, in the descriptor's order. */
function nestedLines(scope: protobuf.Namespace, keep: Set<ProtoType>, indent: string): string[] {
  const lines: string[] = [];
  for (const child of scope.nestedArray) {
    if (child instanceof protobuf.Type && keep.has(child)) lines.push('', ...messageLines(child, keep, indent));
    else if (child instanceof protobuf.Enum && keep.has(child)) lines.push('', ...enumLines(child, indent));
  }
  return lines;
}

/** The packages a package's kept declarations refer to (fields, map values, method types). */
function importsOf(pkg: protobuf.Namespace, types: ProtoType[], service: protobuf.Service): string[] {
  const used = new Set<protobuf.Namespace>();
  for (const type of types) {
    if (packageOf(type) !== pkg || !(type instanceof protobuf.Type)) continue;
    for (const field of type.fieldsArray) if (field.resolvedType) used.add(packageOf(field.resolvedType));
  }
  if (packageOf(service) === pkg) {
    for (const method of service.methodsArray) {
      used.add(packageOf(method.resolvedRequestType as protobuf.Type));
      used.add(packageOf(method.resolvedResponseType as protobuf.Type));
    }
  }
  used.delete(pkg);
  return [...used].map(fileNameOf).sort();
}

/** The .proto files of the protocol, by file name. */
export function renderProtoFiles(root: protobuf.Root): Map<string, string> {
  const { service, types } = reachable(root);
  const keep = new Set(types);
  // Nested types sit inside their parent message, so a reachable type inside an unreachable parent would be lost.
  for (const type of types)
    if (type.parent instanceof protobuf.Type && !keep.has(type.parent)) unsupported('a reachable type in an unreachable parent', type);
  const { sdk, milvus } = sdkVersions();
  const packages = [...new Set([...types.map(packageOf), packageOf(service)])];
  const files = new Map<string, string>();
  for (const pkg of packages) {
    const lines = [
      `// The Milvus protocol, package ${pkg.fullName.slice(1)}: the messages and enums MilvusService reaches.`,
      `// Generated by scripts/gen-proto.ts from the descriptor of ${SDK_PACKAGE} ${sdk} (Milvus ${milvus});`,
      '// do not edit. To move the pin: change that dev dependency, run',
      '// `npm run proto:generate && npm run proto:types`, then `npx mocha spec/proto.spec.ts`.',
      'syntax = "proto3";',
      '',
      `package ${pkg.fullName.slice(1)};`,
    ];
    const imports = importsOf(pkg, types, service);
    if (imports.length) lines.push('', ...imports.map((file) => `import "${file}";`));
    if (packageOf(service) === pkg) lines.push('', ...serviceLines(service));
    lines.push(...nestedLines(pkg, keep, ''));
    files.set(fileNameOf(pkg), `${lines.join('\n')}\n`);
  }
  return files;
}

/** Replaces every .proto file in `proto/` with the rendered ones. */
function writeProtoFiles(files: Map<string, string>): void {
  mkdirSync(PROTO_DIR, { recursive: true });
  for (const name of readdirSync(PROTO_DIR)) if (name.endsWith('.proto') && !files.has(name)) rmSync(join(PROTO_DIR, name));
  for (const [name, text] of files) writeFileSync(join(PROTO_DIR, name), text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = renderProtoFiles(officialRoot());
  writeProtoFiles(files);
  console.log(`gen-proto: wrote ${[...files.keys()].join(', ')} into proto/`);
}
