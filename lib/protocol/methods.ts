/**
 * What each `MilvusService` method is to the call path: a read (safe to send again) or a write
 * (changes state, so sending it twice may apply it twice), and where its reply carries the
 * Milvus status.
 */
import type { ProtobufTypeDefinition, ServiceDefinition } from '@grpc/proto-loader';
import { MILVUS_SERVICE, type MilvusServiceMethodName, type MilvusStatus, milvusPackage } from './proto.js';

/**
 * `'read'`: sending the method again cannot change what the server holds, so a call interrupted
 * after it was sent may be sent again. `'write'`: it changes state, so a second copy may be
 * applied twice (a duplicated insert), and it is sent again only when it provably never arrived.
 */
export type MethodKind = 'read' | 'write';

/**
 * Every `MilvusService` method, read or write: the one table the retry rules consult. Typed over
 * every method name, so a method added to `proto/` without a row here is a compile error.
 *
 * Reads are the lookups (Has, Describe, Show, List, Get, Select), the searches (Search,
 * HybridSearch, Query) and pure computations (CalcDistance, RunAnalyzer, ComputePhraseMatchSlop);
 * writes are everything that creates, drops, alters, loads, releases, moves, flushes, compacts,
 * grants or imports. The cases that do not follow from the name carry a comment.
 */
export const METHOD_KINDS: Readonly<Record<MilvusServiceMethodName, MethodKind>> = Object.freeze({
  CreateCollection: 'write',
  DropCollection: 'write',
  HasCollection: 'read',
  LoadCollection: 'write',
  ReleaseCollection: 'write',
  DescribeCollection: 'read',
  BatchDescribeCollection: 'read',
  GetCollectionStatistics: 'read',
  ShowCollections: 'read',
  AlterCollection: 'write',
  AlterCollectionField: 'write',
  AddCollectionFunction: 'write',
  AlterCollectionFunction: 'write',
  DropCollectionFunction: 'write',
  TruncateCollection: 'write',
  CreatePartition: 'write',
  DropPartition: 'write',
  HasPartition: 'read',
  LoadPartitions: 'write',
  // Starts a prewarm task on the query nodes and answers with its id: a second copy starts another.
  Prewarm: 'write',
  DescribePrewarmTask: 'read',
  ReleasePartitions: 'write',
  GetPartitionStatistics: 'read',
  ShowPartitions: 'read',
  CreateNamespace: 'write',
  DescribeNamespace: 'read',
  ListNamespaces: 'read',
  DropNamespace: 'write',
  HasNamespace: 'read',
  GetNamespaceStats: 'read',
  GetLoadingProgress: 'read',
  GetLoadState: 'read',
  CreateAlias: 'write',
  DropAlias: 'write',
  AlterAlias: 'write',
  DescribeAlias: 'read',
  ListAliases: 'read',
  CreateIndex: 'write',
  AlterIndex: 'write',
  DescribeIndex: 'read',
  GetIndexStatistics: 'read',
  GetIndexState: 'read',
  GetIndexBuildProgress: 'read',
  DropIndex: 'write',
  Insert: 'write',
  Delete: 'write',
  // An upsert of the same rows twice ends in the same rows, but with auto-id primary keys each copy
  // makes new ones; the caller knows which case it is and opts in with `idempotent: true`.
  Upsert: 'write',
  Search: 'read',
  HybridSearch: 'read',
  // Seals the growing segments: not a change to the data, but it cuts segments and starts work on
  // the data nodes, and one flush per batch is what the server's rate limit counts.
  Flush: 'write',
  Query: 'read',
  CalcDistance: 'read',
  FlushAll: 'write',
  AddCollectionField: 'write',
  AddCollectionStructField: 'write',
  GetFlushState: 'read',
  GetFlushAllState: 'read',
  GetPersistentSegmentInfo: 'read',
  GetQuerySegmentInfo: 'read',
  GetReplicas: 'read',
  // A test probe that echoes a request string; the server keeps nothing.
  Dummy: 'read',
  // The server answers with its component state and records nothing.
  RegisterLink: 'read',
  GetMetrics: 'read',
  GetComponentStates: 'read',
  LoadBalance: 'write',
  GetCompactionState: 'read',
  ManualCompaction: 'write',
  GetCompactionStateWithPlans: 'read',
  // Each copy starts an import job; an `idempotency_key`-style request lets the caller opt in.
  Import: 'write',
  GetImportState: 'read',
  ListImportTasks: 'read',
  CreateCredential: 'write',
  UpdateCredential: 'write',
  DeleteCredential: 'write',
  ListCredUsers: 'read',
  CreateRole: 'write',
  AlterRole: 'write',
  DropRole: 'write',
  OperateUserRole: 'write',
  SelectRole: 'read',
  SelectUser: 'read',
  OperatePrivilege: 'write',
  OperatePrivilegeV2: 'write',
  SelectGrant: 'read',
  GetVersion: 'read',
  CheckHealth: 'read',
  CreateResourceGroup: 'write',
  DropResourceGroup: 'write',
  UpdateResourceGroups: 'write',
  TransferNode: 'write',
  TransferReplica: 'write',
  ListResourceGroups: 'read',
  DescribeResourceGroup: 'read',
  RenameCollection: 'write',
  ListIndexedSegment: 'read',
  DescribeSegmentIndexData: 'read',
  // The handshake: the server notes the client's info under a fresh identifier; a second one only
  // replaces the first, which is what every reconnect does anyway.
  Connect: 'read',
  // Hands out a fresh timestamp from the oracle; a lost one is simply never used.
  AllocTimestamp: 'read',
  CreateDatabase: 'write',
  DropDatabase: 'write',
  ListDatabases: 'read',
  AlterDatabase: 'write',
  DescribeDatabase: 'read',
  ReplicateMessage: 'write',
  // Exports the users, roles and grants; it changes nothing (RestoreRBAC is the write).
  BackupRBAC: 'read',
  RestoreRBAC: 'write',
  CreatePrivilegeGroup: 'write',
  DropPrivilegeGroup: 'write',
  ListPrivilegeGroups: 'read',
  OperatePrivilegeGroup: 'write',
  RunAnalyzer: 'read',
  AddFileResource: 'write',
  RemoveFileResource: 'write',
  ListFileResources: 'read',
  AddUserTags: 'write',
  DeleteUserTags: 'write',
  GetUserTags: 'read',
  ListUsersWithTag: 'read',
  CreateRowPolicy: 'write',
  DropRowPolicy: 'write',
  ListRowPolicies: 'read',
  UpdateReplicateConfiguration: 'write',
  GetReplicateConfiguration: 'read',
  GetReplicateInfo: 'read',
  // Streams both ways and appends the replicated messages it receives to the WAL.
  CreateReplicateStream: 'write',
  // Streams the WAL's messages to the caller; reading them moves nothing on the server.
  DumpMessages: 'read',
  ComputePhraseMatchSlop: 'read',
  CreateSnapshot: 'write',
  DropSnapshot: 'write',
  ListSnapshots: 'read',
  DescribeSnapshot: 'read',
  RestoreSnapshot: 'write',
  RestoreExternalSnapshot: 'write',
  // Starts a job that writes the snapshot out to storage.
  ExportSnapshot: 'write',
  GetRestoreSnapshotState: 'read',
  ListRestoreSnapshotJobs: 'read',
  // Pins keep the snapshot's files from garbage collection until unpinned: each copy is one more pin.
  PinSnapshotData: 'write',
  UnpinSnapshotData: 'write',
  AlterCollectionSchema: 'write',
  BatchUpdateManifest: 'write',
  // Starts a refresh job for the external collection.
  RefreshExternalCollection: 'write',
  GetRefreshExternalCollectionProgress: 'read',
  ListRefreshExternalCollectionJobs: 'read',
});

/** The fully qualified name of `common.Status` in the package definition. */
const STATUS_TYPE = 'milvus.proto.common.Status';

/** Where a method's reply carries its status: the reply itself, one of its fields, or nowhere. */
export type StatusPlace = { readonly in: 'reply' } | { readonly in: 'field'; readonly field: string } | { readonly in: 'none' };

/** One field of a message as proto-loader describes it (a `FieldDescriptorProto`). */
interface FieldDescriptor {
  name: string;
  type: string;
  typeName: string;
  label: string;
}

/** A message as proto-loader describes it (a `DescriptorProto`). */
interface MessageDescriptor {
  field: FieldDescriptor[];
}

/**
 * The message a field's type name refers to. proto-loader writes type names relative to the
 * message that holds the field, and a relative name is always a dotted suffix of the full one, so
 * the full name is the one declared message it ends; more than one would need the scope rules
 * and stops here instead.
 */
function resolveTypeName(typeName: string, messages: readonly string[]): string | undefined {
  const matches = messages.filter((name) => name === typeName || name.endsWith(`.${typeName}`));
  if (matches.length > 1) throw new Error(`Type name ${typeName} in proto/ is ambiguous: ${matches.join(', ')}`);
  return matches[0];
}

/**
 * Where each method's reply holds its status, read off the descriptor of `proto/`: the reply
 * itself when the response type is `common.Status` (`CreateCollection`, `DropCollection` and the
 * other commands that answer with a bare status); else its single non-repeated `common.Status`
 * field, which is `status` almost everywhere but `alter_status` on `AlterCollectionSchemaResponse`;
 * else nowhere (`Dummy`, `GetReplicateInfo`, `CreateReplicateStream` carry no status).
 */
function statusPlaces(): ReadonlyMap<string, StatusPlace> {
  const definition = milvusPackage();
  const messages = Object.keys(definition).filter(
    (name) => (definition[name] as Partial<ProtobufTypeDefinition>).format === 'Protocol Buffer 3 DescriptorProto',
  );
  const status = JSON.stringify((definition[STATUS_TYPE] as ProtobufTypeDefinition).type);
  const places = new Map<string, StatusPlace>();
  for (const [method, { responseType }] of Object.entries(definition[MILVUS_SERVICE] as ServiceDefinition)) {
    const response = responseType.type as MessageDescriptor;
    if (JSON.stringify(response) === status) {
      places.set(method, { in: 'reply' });
      continue;
    }
    const fields = response.field.filter(
      (f) => f.type === 'TYPE_MESSAGE' && f.label !== 'LABEL_REPEATED' && resolveTypeName(f.typeName, messages) === STATUS_TYPE,
    );
    const field = fields.length === 1 ? fields[0] : fields.find((f) => f.name === 'status');
    if (fields.length > 0 && field === undefined)
      throw new Error(`${MILVUS_SERVICE}/${method} replies with several statuses: ${fields.map((f) => f.name).join(', ')}`);
    places.set(method, field ? { in: 'field', field: field.name } : { in: 'none' });
  }
  return places;
}

let places: ReadonlyMap<string, StatusPlace> | undefined;

/**
 * The Milvus status of a decoded reply of `method`, whatever shape the reply has: the reply itself
 * when the method answers with a bare `common.Status`, its status field otherwise (`status`, or
 * `alter_status` for `AlterCollectionSchema`), `undefined` when the reply carries none
 * (`Dummy`, `GetReplicateInfo`, `CreateReplicateStream`) or left the field empty. Where the status
 * sits is read off `proto/` once, on first use.
 *
 * ## Example
 * ```ts
 * const found = milvusStatusOf('HasCollection', { status: { code: 100, reason: 'collection not found' }, value: false });
 * const bare = milvusStatusOf('DropCollection', { code: 65535, reason: 'unexpected' });
 * console.log(found?.code, bare?.code, milvusStatusOf('Dummy', { response: '' }));
 * // Output: 100 65535 undefined
 * ```
 *
 * @param method - the method that answered
 * @param reply - its decoded reply
 * @returns the reply's status, or `undefined` when it has none
 */
export function milvusStatusOf(method: MilvusServiceMethodName, reply: object): MilvusStatus | undefined {
  const place = statusPlaceOf(method);
  if (place?.in === 'reply') return reply as MilvusStatus;
  if (place?.in !== 'field') return undefined;
  return ((reply as Record<string, unknown>)[place.field] as MilvusStatus | null | undefined) ?? undefined;
}

/**
 * Where the reply of `method` carries its status (read off `proto/` once, on first use): what
 * {@link milvusStatusOf} reads, and what a server writing a reply of that method fills in.
 *
 * @param method - a MilvusService method
 * @returns the reply itself, one of its fields, or nowhere; `undefined` for an unknown method
 */
export function statusPlaceOf(method: string): StatusPlace | undefined {
  places ??= statusPlaces();
  return places.get(method);
}
