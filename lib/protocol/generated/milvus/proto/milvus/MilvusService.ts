// Original file: proto/milvus.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddCollectionFieldRequest as _milvus_proto_milvus_AddCollectionFieldRequest, AddCollectionFieldRequest__Output as _milvus_proto_milvus_AddCollectionFieldRequest__Output } from '../../../milvus/proto/milvus/AddCollectionFieldRequest.js';
import type { AddCollectionFunctionRequest as _milvus_proto_milvus_AddCollectionFunctionRequest, AddCollectionFunctionRequest__Output as _milvus_proto_milvus_AddCollectionFunctionRequest__Output } from '../../../milvus/proto/milvus/AddCollectionFunctionRequest.js';
import type { AddCollectionStructFieldRequest as _milvus_proto_milvus_AddCollectionStructFieldRequest, AddCollectionStructFieldRequest__Output as _milvus_proto_milvus_AddCollectionStructFieldRequest__Output } from '../../../milvus/proto/milvus/AddCollectionStructFieldRequest.js';
import type { AddFileResourceRequest as _milvus_proto_milvus_AddFileResourceRequest, AddFileResourceRequest__Output as _milvus_proto_milvus_AddFileResourceRequest__Output } from '../../../milvus/proto/milvus/AddFileResourceRequest.js';
import type { AddUserTagsRequest as _milvus_proto_milvus_AddUserTagsRequest, AddUserTagsRequest__Output as _milvus_proto_milvus_AddUserTagsRequest__Output } from '../../../milvus/proto/milvus/AddUserTagsRequest.js';
import type { AllocTimestampRequest as _milvus_proto_milvus_AllocTimestampRequest, AllocTimestampRequest__Output as _milvus_proto_milvus_AllocTimestampRequest__Output } from '../../../milvus/proto/milvus/AllocTimestampRequest.js';
import type { AllocTimestampResponse as _milvus_proto_milvus_AllocTimestampResponse, AllocTimestampResponse__Output as _milvus_proto_milvus_AllocTimestampResponse__Output } from '../../../milvus/proto/milvus/AllocTimestampResponse.js';
import type { AlterAliasRequest as _milvus_proto_milvus_AlterAliasRequest, AlterAliasRequest__Output as _milvus_proto_milvus_AlterAliasRequest__Output } from '../../../milvus/proto/milvus/AlterAliasRequest.js';
import type { AlterCollectionFieldRequest as _milvus_proto_milvus_AlterCollectionFieldRequest, AlterCollectionFieldRequest__Output as _milvus_proto_milvus_AlterCollectionFieldRequest__Output } from '../../../milvus/proto/milvus/AlterCollectionFieldRequest.js';
import type { AlterCollectionFunctionRequest as _milvus_proto_milvus_AlterCollectionFunctionRequest, AlterCollectionFunctionRequest__Output as _milvus_proto_milvus_AlterCollectionFunctionRequest__Output } from '../../../milvus/proto/milvus/AlterCollectionFunctionRequest.js';
import type { AlterCollectionRequest as _milvus_proto_milvus_AlterCollectionRequest, AlterCollectionRequest__Output as _milvus_proto_milvus_AlterCollectionRequest__Output } from '../../../milvus/proto/milvus/AlterCollectionRequest.js';
import type { AlterCollectionSchemaRequest as _milvus_proto_milvus_AlterCollectionSchemaRequest, AlterCollectionSchemaRequest__Output as _milvus_proto_milvus_AlterCollectionSchemaRequest__Output } from '../../../milvus/proto/milvus/AlterCollectionSchemaRequest.js';
import type { AlterCollectionSchemaResponse as _milvus_proto_milvus_AlterCollectionSchemaResponse, AlterCollectionSchemaResponse__Output as _milvus_proto_milvus_AlterCollectionSchemaResponse__Output } from '../../../milvus/proto/milvus/AlterCollectionSchemaResponse.js';
import type { AlterDatabaseRequest as _milvus_proto_milvus_AlterDatabaseRequest, AlterDatabaseRequest__Output as _milvus_proto_milvus_AlterDatabaseRequest__Output } from '../../../milvus/proto/milvus/AlterDatabaseRequest.js';
import type { AlterIndexRequest as _milvus_proto_milvus_AlterIndexRequest, AlterIndexRequest__Output as _milvus_proto_milvus_AlterIndexRequest__Output } from '../../../milvus/proto/milvus/AlterIndexRequest.js';
import type { AlterRoleRequest as _milvus_proto_milvus_AlterRoleRequest, AlterRoleRequest__Output as _milvus_proto_milvus_AlterRoleRequest__Output } from '../../../milvus/proto/milvus/AlterRoleRequest.js';
import type { BackupRBACMetaRequest as _milvus_proto_milvus_BackupRBACMetaRequest, BackupRBACMetaRequest__Output as _milvus_proto_milvus_BackupRBACMetaRequest__Output } from '../../../milvus/proto/milvus/BackupRBACMetaRequest.js';
import type { BackupRBACMetaResponse as _milvus_proto_milvus_BackupRBACMetaResponse, BackupRBACMetaResponse__Output as _milvus_proto_milvus_BackupRBACMetaResponse__Output } from '../../../milvus/proto/milvus/BackupRBACMetaResponse.js';
import type { BatchDescribeCollectionRequest as _milvus_proto_milvus_BatchDescribeCollectionRequest, BatchDescribeCollectionRequest__Output as _milvus_proto_milvus_BatchDescribeCollectionRequest__Output } from '../../../milvus/proto/milvus/BatchDescribeCollectionRequest.js';
import type { BatchDescribeCollectionResponse as _milvus_proto_milvus_BatchDescribeCollectionResponse, BatchDescribeCollectionResponse__Output as _milvus_proto_milvus_BatchDescribeCollectionResponse__Output } from '../../../milvus/proto/milvus/BatchDescribeCollectionResponse.js';
import type { BatchUpdateManifestRequest as _milvus_proto_milvus_BatchUpdateManifestRequest, BatchUpdateManifestRequest__Output as _milvus_proto_milvus_BatchUpdateManifestRequest__Output } from '../../../milvus/proto/milvus/BatchUpdateManifestRequest.js';
import type { BoolResponse as _milvus_proto_milvus_BoolResponse, BoolResponse__Output as _milvus_proto_milvus_BoolResponse__Output } from '../../../milvus/proto/milvus/BoolResponse.js';
import type { CalcDistanceRequest as _milvus_proto_milvus_CalcDistanceRequest, CalcDistanceRequest__Output as _milvus_proto_milvus_CalcDistanceRequest__Output } from '../../../milvus/proto/milvus/CalcDistanceRequest.js';
import type { CalcDistanceResults as _milvus_proto_milvus_CalcDistanceResults, CalcDistanceResults__Output as _milvus_proto_milvus_CalcDistanceResults__Output } from '../../../milvus/proto/milvus/CalcDistanceResults.js';
import type { CheckHealthRequest as _milvus_proto_milvus_CheckHealthRequest, CheckHealthRequest__Output as _milvus_proto_milvus_CheckHealthRequest__Output } from '../../../milvus/proto/milvus/CheckHealthRequest.js';
import type { CheckHealthResponse as _milvus_proto_milvus_CheckHealthResponse, CheckHealthResponse__Output as _milvus_proto_milvus_CheckHealthResponse__Output } from '../../../milvus/proto/milvus/CheckHealthResponse.js';
import type { ComponentStates as _milvus_proto_milvus_ComponentStates, ComponentStates__Output as _milvus_proto_milvus_ComponentStates__Output } from '../../../milvus/proto/milvus/ComponentStates.js';
import type { ComputePhraseMatchSlopRequest as _milvus_proto_milvus_ComputePhraseMatchSlopRequest, ComputePhraseMatchSlopRequest__Output as _milvus_proto_milvus_ComputePhraseMatchSlopRequest__Output } from '../../../milvus/proto/milvus/ComputePhraseMatchSlopRequest.js';
import type { ComputePhraseMatchSlopResponse as _milvus_proto_milvus_ComputePhraseMatchSlopResponse, ComputePhraseMatchSlopResponse__Output as _milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output } from '../../../milvus/proto/milvus/ComputePhraseMatchSlopResponse.js';
import type { ConnectRequest as _milvus_proto_milvus_ConnectRequest, ConnectRequest__Output as _milvus_proto_milvus_ConnectRequest__Output } from '../../../milvus/proto/milvus/ConnectRequest.js';
import type { ConnectResponse as _milvus_proto_milvus_ConnectResponse, ConnectResponse__Output as _milvus_proto_milvus_ConnectResponse__Output } from '../../../milvus/proto/milvus/ConnectResponse.js';
import type { CreateAliasRequest as _milvus_proto_milvus_CreateAliasRequest, CreateAliasRequest__Output as _milvus_proto_milvus_CreateAliasRequest__Output } from '../../../milvus/proto/milvus/CreateAliasRequest.js';
import type { CreateCollectionRequest as _milvus_proto_milvus_CreateCollectionRequest, CreateCollectionRequest__Output as _milvus_proto_milvus_CreateCollectionRequest__Output } from '../../../milvus/proto/milvus/CreateCollectionRequest.js';
import type { CreateCredentialRequest as _milvus_proto_milvus_CreateCredentialRequest, CreateCredentialRequest__Output as _milvus_proto_milvus_CreateCredentialRequest__Output } from '../../../milvus/proto/milvus/CreateCredentialRequest.js';
import type { CreateDatabaseRequest as _milvus_proto_milvus_CreateDatabaseRequest, CreateDatabaseRequest__Output as _milvus_proto_milvus_CreateDatabaseRequest__Output } from '../../../milvus/proto/milvus/CreateDatabaseRequest.js';
import type { CreateIndexRequest as _milvus_proto_milvus_CreateIndexRequest, CreateIndexRequest__Output as _milvus_proto_milvus_CreateIndexRequest__Output } from '../../../milvus/proto/milvus/CreateIndexRequest.js';
import type { CreateNamespaceRequest as _milvus_proto_milvus_CreateNamespaceRequest, CreateNamespaceRequest__Output as _milvus_proto_milvus_CreateNamespaceRequest__Output } from '../../../milvus/proto/milvus/CreateNamespaceRequest.js';
import type { CreateNamespaceResponse as _milvus_proto_milvus_CreateNamespaceResponse, CreateNamespaceResponse__Output as _milvus_proto_milvus_CreateNamespaceResponse__Output } from '../../../milvus/proto/milvus/CreateNamespaceResponse.js';
import type { CreatePartitionRequest as _milvus_proto_milvus_CreatePartitionRequest, CreatePartitionRequest__Output as _milvus_proto_milvus_CreatePartitionRequest__Output } from '../../../milvus/proto/milvus/CreatePartitionRequest.js';
import type { CreatePrivilegeGroupRequest as _milvus_proto_milvus_CreatePrivilegeGroupRequest, CreatePrivilegeGroupRequest__Output as _milvus_proto_milvus_CreatePrivilegeGroupRequest__Output } from '../../../milvus/proto/milvus/CreatePrivilegeGroupRequest.js';
import type { CreateResourceGroupRequest as _milvus_proto_milvus_CreateResourceGroupRequest, CreateResourceGroupRequest__Output as _milvus_proto_milvus_CreateResourceGroupRequest__Output } from '../../../milvus/proto/milvus/CreateResourceGroupRequest.js';
import type { CreateRoleRequest as _milvus_proto_milvus_CreateRoleRequest, CreateRoleRequest__Output as _milvus_proto_milvus_CreateRoleRequest__Output } from '../../../milvus/proto/milvus/CreateRoleRequest.js';
import type { CreateRowPolicyRequest as _milvus_proto_milvus_CreateRowPolicyRequest, CreateRowPolicyRequest__Output as _milvus_proto_milvus_CreateRowPolicyRequest__Output } from '../../../milvus/proto/milvus/CreateRowPolicyRequest.js';
import type { CreateSnapshotRequest as _milvus_proto_milvus_CreateSnapshotRequest, CreateSnapshotRequest__Output as _milvus_proto_milvus_CreateSnapshotRequest__Output } from '../../../milvus/proto/milvus/CreateSnapshotRequest.js';
import type { DeleteCredentialRequest as _milvus_proto_milvus_DeleteCredentialRequest, DeleteCredentialRequest__Output as _milvus_proto_milvus_DeleteCredentialRequest__Output } from '../../../milvus/proto/milvus/DeleteCredentialRequest.js';
import type { DeleteRequest as _milvus_proto_milvus_DeleteRequest, DeleteRequest__Output as _milvus_proto_milvus_DeleteRequest__Output } from '../../../milvus/proto/milvus/DeleteRequest.js';
import type { DeleteUserTagsRequest as _milvus_proto_milvus_DeleteUserTagsRequest, DeleteUserTagsRequest__Output as _milvus_proto_milvus_DeleteUserTagsRequest__Output } from '../../../milvus/proto/milvus/DeleteUserTagsRequest.js';
import type { DescribeAliasRequest as _milvus_proto_milvus_DescribeAliasRequest, DescribeAliasRequest__Output as _milvus_proto_milvus_DescribeAliasRequest__Output } from '../../../milvus/proto/milvus/DescribeAliasRequest.js';
import type { DescribeAliasResponse as _milvus_proto_milvus_DescribeAliasResponse, DescribeAliasResponse__Output as _milvus_proto_milvus_DescribeAliasResponse__Output } from '../../../milvus/proto/milvus/DescribeAliasResponse.js';
import type { DescribeCollectionRequest as _milvus_proto_milvus_DescribeCollectionRequest, DescribeCollectionRequest__Output as _milvus_proto_milvus_DescribeCollectionRequest__Output } from '../../../milvus/proto/milvus/DescribeCollectionRequest.js';
import type { DescribeCollectionResponse as _milvus_proto_milvus_DescribeCollectionResponse, DescribeCollectionResponse__Output as _milvus_proto_milvus_DescribeCollectionResponse__Output } from '../../../milvus/proto/milvus/DescribeCollectionResponse.js';
import type { DescribeDatabaseRequest as _milvus_proto_milvus_DescribeDatabaseRequest, DescribeDatabaseRequest__Output as _milvus_proto_milvus_DescribeDatabaseRequest__Output } from '../../../milvus/proto/milvus/DescribeDatabaseRequest.js';
import type { DescribeDatabaseResponse as _milvus_proto_milvus_DescribeDatabaseResponse, DescribeDatabaseResponse__Output as _milvus_proto_milvus_DescribeDatabaseResponse__Output } from '../../../milvus/proto/milvus/DescribeDatabaseResponse.js';
import type { DescribeIndexRequest as _milvus_proto_milvus_DescribeIndexRequest, DescribeIndexRequest__Output as _milvus_proto_milvus_DescribeIndexRequest__Output } from '../../../milvus/proto/milvus/DescribeIndexRequest.js';
import type { DescribeIndexResponse as _milvus_proto_milvus_DescribeIndexResponse, DescribeIndexResponse__Output as _milvus_proto_milvus_DescribeIndexResponse__Output } from '../../../milvus/proto/milvus/DescribeIndexResponse.js';
import type { DescribeNamespaceRequest as _milvus_proto_milvus_DescribeNamespaceRequest, DescribeNamespaceRequest__Output as _milvus_proto_milvus_DescribeNamespaceRequest__Output } from '../../../milvus/proto/milvus/DescribeNamespaceRequest.js';
import type { DescribeNamespaceResponse as _milvus_proto_milvus_DescribeNamespaceResponse, DescribeNamespaceResponse__Output as _milvus_proto_milvus_DescribeNamespaceResponse__Output } from '../../../milvus/proto/milvus/DescribeNamespaceResponse.js';
import type { DescribePrewarmTaskRequest as _milvus_proto_milvus_DescribePrewarmTaskRequest, DescribePrewarmTaskRequest__Output as _milvus_proto_milvus_DescribePrewarmTaskRequest__Output } from '../../../milvus/proto/milvus/DescribePrewarmTaskRequest.js';
import type { DescribePrewarmTaskResponse as _milvus_proto_milvus_DescribePrewarmTaskResponse, DescribePrewarmTaskResponse__Output as _milvus_proto_milvus_DescribePrewarmTaskResponse__Output } from '../../../milvus/proto/milvus/DescribePrewarmTaskResponse.js';
import type { DescribeResourceGroupRequest as _milvus_proto_milvus_DescribeResourceGroupRequest, DescribeResourceGroupRequest__Output as _milvus_proto_milvus_DescribeResourceGroupRequest__Output } from '../../../milvus/proto/milvus/DescribeResourceGroupRequest.js';
import type { DescribeResourceGroupResponse as _milvus_proto_milvus_DescribeResourceGroupResponse, DescribeResourceGroupResponse__Output as _milvus_proto_milvus_DescribeResourceGroupResponse__Output } from '../../../milvus/proto/milvus/DescribeResourceGroupResponse.js';
import type { DescribeSegmentIndexDataRequest as _milvus_proto_feder_DescribeSegmentIndexDataRequest, DescribeSegmentIndexDataRequest__Output as _milvus_proto_feder_DescribeSegmentIndexDataRequest__Output } from '../../../milvus/proto/feder/DescribeSegmentIndexDataRequest.js';
import type { DescribeSegmentIndexDataResponse as _milvus_proto_feder_DescribeSegmentIndexDataResponse, DescribeSegmentIndexDataResponse__Output as _milvus_proto_feder_DescribeSegmentIndexDataResponse__Output } from '../../../milvus/proto/feder/DescribeSegmentIndexDataResponse.js';
import type { DescribeSnapshotRequest as _milvus_proto_milvus_DescribeSnapshotRequest, DescribeSnapshotRequest__Output as _milvus_proto_milvus_DescribeSnapshotRequest__Output } from '../../../milvus/proto/milvus/DescribeSnapshotRequest.js';
import type { DescribeSnapshotResponse as _milvus_proto_milvus_DescribeSnapshotResponse, DescribeSnapshotResponse__Output as _milvus_proto_milvus_DescribeSnapshotResponse__Output } from '../../../milvus/proto/milvus/DescribeSnapshotResponse.js';
import type { DropAliasRequest as _milvus_proto_milvus_DropAliasRequest, DropAliasRequest__Output as _milvus_proto_milvus_DropAliasRequest__Output } from '../../../milvus/proto/milvus/DropAliasRequest.js';
import type { DropCollectionFunctionRequest as _milvus_proto_milvus_DropCollectionFunctionRequest, DropCollectionFunctionRequest__Output as _milvus_proto_milvus_DropCollectionFunctionRequest__Output } from '../../../milvus/proto/milvus/DropCollectionFunctionRequest.js';
import type { DropCollectionRequest as _milvus_proto_milvus_DropCollectionRequest, DropCollectionRequest__Output as _milvus_proto_milvus_DropCollectionRequest__Output } from '../../../milvus/proto/milvus/DropCollectionRequest.js';
import type { DropDatabaseRequest as _milvus_proto_milvus_DropDatabaseRequest, DropDatabaseRequest__Output as _milvus_proto_milvus_DropDatabaseRequest__Output } from '../../../milvus/proto/milvus/DropDatabaseRequest.js';
import type { DropIndexRequest as _milvus_proto_milvus_DropIndexRequest, DropIndexRequest__Output as _milvus_proto_milvus_DropIndexRequest__Output } from '../../../milvus/proto/milvus/DropIndexRequest.js';
import type { DropNamespaceRequest as _milvus_proto_milvus_DropNamespaceRequest, DropNamespaceRequest__Output as _milvus_proto_milvus_DropNamespaceRequest__Output } from '../../../milvus/proto/milvus/DropNamespaceRequest.js';
import type { DropNamespaceResponse as _milvus_proto_milvus_DropNamespaceResponse, DropNamespaceResponse__Output as _milvus_proto_milvus_DropNamespaceResponse__Output } from '../../../milvus/proto/milvus/DropNamespaceResponse.js';
import type { DropPartitionRequest as _milvus_proto_milvus_DropPartitionRequest, DropPartitionRequest__Output as _milvus_proto_milvus_DropPartitionRequest__Output } from '../../../milvus/proto/milvus/DropPartitionRequest.js';
import type { DropPrivilegeGroupRequest as _milvus_proto_milvus_DropPrivilegeGroupRequest, DropPrivilegeGroupRequest__Output as _milvus_proto_milvus_DropPrivilegeGroupRequest__Output } from '../../../milvus/proto/milvus/DropPrivilegeGroupRequest.js';
import type { DropResourceGroupRequest as _milvus_proto_milvus_DropResourceGroupRequest, DropResourceGroupRequest__Output as _milvus_proto_milvus_DropResourceGroupRequest__Output } from '../../../milvus/proto/milvus/DropResourceGroupRequest.js';
import type { DropRoleRequest as _milvus_proto_milvus_DropRoleRequest, DropRoleRequest__Output as _milvus_proto_milvus_DropRoleRequest__Output } from '../../../milvus/proto/milvus/DropRoleRequest.js';
import type { DropRowPolicyRequest as _milvus_proto_milvus_DropRowPolicyRequest, DropRowPolicyRequest__Output as _milvus_proto_milvus_DropRowPolicyRequest__Output } from '../../../milvus/proto/milvus/DropRowPolicyRequest.js';
import type { DropSnapshotRequest as _milvus_proto_milvus_DropSnapshotRequest, DropSnapshotRequest__Output as _milvus_proto_milvus_DropSnapshotRequest__Output } from '../../../milvus/proto/milvus/DropSnapshotRequest.js';
import type { DummyRequest as _milvus_proto_milvus_DummyRequest, DummyRequest__Output as _milvus_proto_milvus_DummyRequest__Output } from '../../../milvus/proto/milvus/DummyRequest.js';
import type { DummyResponse as _milvus_proto_milvus_DummyResponse, DummyResponse__Output as _milvus_proto_milvus_DummyResponse__Output } from '../../../milvus/proto/milvus/DummyResponse.js';
import type { DumpMessagesRequest as _milvus_proto_milvus_DumpMessagesRequest, DumpMessagesRequest__Output as _milvus_proto_milvus_DumpMessagesRequest__Output } from '../../../milvus/proto/milvus/DumpMessagesRequest.js';
import type { DumpMessagesResponse as _milvus_proto_milvus_DumpMessagesResponse, DumpMessagesResponse__Output as _milvus_proto_milvus_DumpMessagesResponse__Output } from '../../../milvus/proto/milvus/DumpMessagesResponse.js';
import type { ExportSnapshotRequest as _milvus_proto_milvus_ExportSnapshotRequest, ExportSnapshotRequest__Output as _milvus_proto_milvus_ExportSnapshotRequest__Output } from '../../../milvus/proto/milvus/ExportSnapshotRequest.js';
import type { ExportSnapshotResponse as _milvus_proto_milvus_ExportSnapshotResponse, ExportSnapshotResponse__Output as _milvus_proto_milvus_ExportSnapshotResponse__Output } from '../../../milvus/proto/milvus/ExportSnapshotResponse.js';
import type { FlushAllRequest as _milvus_proto_milvus_FlushAllRequest, FlushAllRequest__Output as _milvus_proto_milvus_FlushAllRequest__Output } from '../../../milvus/proto/milvus/FlushAllRequest.js';
import type { FlushAllResponse as _milvus_proto_milvus_FlushAllResponse, FlushAllResponse__Output as _milvus_proto_milvus_FlushAllResponse__Output } from '../../../milvus/proto/milvus/FlushAllResponse.js';
import type { FlushRequest as _milvus_proto_milvus_FlushRequest, FlushRequest__Output as _milvus_proto_milvus_FlushRequest__Output } from '../../../milvus/proto/milvus/FlushRequest.js';
import type { FlushResponse as _milvus_proto_milvus_FlushResponse, FlushResponse__Output as _milvus_proto_milvus_FlushResponse__Output } from '../../../milvus/proto/milvus/FlushResponse.js';
import type { GetCollectionStatisticsRequest as _milvus_proto_milvus_GetCollectionStatisticsRequest, GetCollectionStatisticsRequest__Output as _milvus_proto_milvus_GetCollectionStatisticsRequest__Output } from '../../../milvus/proto/milvus/GetCollectionStatisticsRequest.js';
import type { GetCollectionStatisticsResponse as _milvus_proto_milvus_GetCollectionStatisticsResponse, GetCollectionStatisticsResponse__Output as _milvus_proto_milvus_GetCollectionStatisticsResponse__Output } from '../../../milvus/proto/milvus/GetCollectionStatisticsResponse.js';
import type { GetCompactionPlansRequest as _milvus_proto_milvus_GetCompactionPlansRequest, GetCompactionPlansRequest__Output as _milvus_proto_milvus_GetCompactionPlansRequest__Output } from '../../../milvus/proto/milvus/GetCompactionPlansRequest.js';
import type { GetCompactionPlansResponse as _milvus_proto_milvus_GetCompactionPlansResponse, GetCompactionPlansResponse__Output as _milvus_proto_milvus_GetCompactionPlansResponse__Output } from '../../../milvus/proto/milvus/GetCompactionPlansResponse.js';
import type { GetCompactionStateRequest as _milvus_proto_milvus_GetCompactionStateRequest, GetCompactionStateRequest__Output as _milvus_proto_milvus_GetCompactionStateRequest__Output } from '../../../milvus/proto/milvus/GetCompactionStateRequest.js';
import type { GetCompactionStateResponse as _milvus_proto_milvus_GetCompactionStateResponse, GetCompactionStateResponse__Output as _milvus_proto_milvus_GetCompactionStateResponse__Output } from '../../../milvus/proto/milvus/GetCompactionStateResponse.js';
import type { GetComponentStatesRequest as _milvus_proto_milvus_GetComponentStatesRequest, GetComponentStatesRequest__Output as _milvus_proto_milvus_GetComponentStatesRequest__Output } from '../../../milvus/proto/milvus/GetComponentStatesRequest.js';
import type { GetFlushAllStateRequest as _milvus_proto_milvus_GetFlushAllStateRequest, GetFlushAllStateRequest__Output as _milvus_proto_milvus_GetFlushAllStateRequest__Output } from '../../../milvus/proto/milvus/GetFlushAllStateRequest.js';
import type { GetFlushAllStateResponse as _milvus_proto_milvus_GetFlushAllStateResponse, GetFlushAllStateResponse__Output as _milvus_proto_milvus_GetFlushAllStateResponse__Output } from '../../../milvus/proto/milvus/GetFlushAllStateResponse.js';
import type { GetFlushStateRequest as _milvus_proto_milvus_GetFlushStateRequest, GetFlushStateRequest__Output as _milvus_proto_milvus_GetFlushStateRequest__Output } from '../../../milvus/proto/milvus/GetFlushStateRequest.js';
import type { GetFlushStateResponse as _milvus_proto_milvus_GetFlushStateResponse, GetFlushStateResponse__Output as _milvus_proto_milvus_GetFlushStateResponse__Output } from '../../../milvus/proto/milvus/GetFlushStateResponse.js';
import type { GetImportStateRequest as _milvus_proto_milvus_GetImportStateRequest, GetImportStateRequest__Output as _milvus_proto_milvus_GetImportStateRequest__Output } from '../../../milvus/proto/milvus/GetImportStateRequest.js';
import type { GetImportStateResponse as _milvus_proto_milvus_GetImportStateResponse, GetImportStateResponse__Output as _milvus_proto_milvus_GetImportStateResponse__Output } from '../../../milvus/proto/milvus/GetImportStateResponse.js';
import type { GetIndexBuildProgressRequest as _milvus_proto_milvus_GetIndexBuildProgressRequest, GetIndexBuildProgressRequest__Output as _milvus_proto_milvus_GetIndexBuildProgressRequest__Output } from '../../../milvus/proto/milvus/GetIndexBuildProgressRequest.js';
import type { GetIndexBuildProgressResponse as _milvus_proto_milvus_GetIndexBuildProgressResponse, GetIndexBuildProgressResponse__Output as _milvus_proto_milvus_GetIndexBuildProgressResponse__Output } from '../../../milvus/proto/milvus/GetIndexBuildProgressResponse.js';
import type { GetIndexStateRequest as _milvus_proto_milvus_GetIndexStateRequest, GetIndexStateRequest__Output as _milvus_proto_milvus_GetIndexStateRequest__Output } from '../../../milvus/proto/milvus/GetIndexStateRequest.js';
import type { GetIndexStateResponse as _milvus_proto_milvus_GetIndexStateResponse, GetIndexStateResponse__Output as _milvus_proto_milvus_GetIndexStateResponse__Output } from '../../../milvus/proto/milvus/GetIndexStateResponse.js';
import type { GetIndexStatisticsRequest as _milvus_proto_milvus_GetIndexStatisticsRequest, GetIndexStatisticsRequest__Output as _milvus_proto_milvus_GetIndexStatisticsRequest__Output } from '../../../milvus/proto/milvus/GetIndexStatisticsRequest.js';
import type { GetIndexStatisticsResponse as _milvus_proto_milvus_GetIndexStatisticsResponse, GetIndexStatisticsResponse__Output as _milvus_proto_milvus_GetIndexStatisticsResponse__Output } from '../../../milvus/proto/milvus/GetIndexStatisticsResponse.js';
import type { GetLoadStateRequest as _milvus_proto_milvus_GetLoadStateRequest, GetLoadStateRequest__Output as _milvus_proto_milvus_GetLoadStateRequest__Output } from '../../../milvus/proto/milvus/GetLoadStateRequest.js';
import type { GetLoadStateResponse as _milvus_proto_milvus_GetLoadStateResponse, GetLoadStateResponse__Output as _milvus_proto_milvus_GetLoadStateResponse__Output } from '../../../milvus/proto/milvus/GetLoadStateResponse.js';
import type { GetLoadingProgressRequest as _milvus_proto_milvus_GetLoadingProgressRequest, GetLoadingProgressRequest__Output as _milvus_proto_milvus_GetLoadingProgressRequest__Output } from '../../../milvus/proto/milvus/GetLoadingProgressRequest.js';
import type { GetLoadingProgressResponse as _milvus_proto_milvus_GetLoadingProgressResponse, GetLoadingProgressResponse__Output as _milvus_proto_milvus_GetLoadingProgressResponse__Output } from '../../../milvus/proto/milvus/GetLoadingProgressResponse.js';
import type { GetMetricsRequest as _milvus_proto_milvus_GetMetricsRequest, GetMetricsRequest__Output as _milvus_proto_milvus_GetMetricsRequest__Output } from '../../../milvus/proto/milvus/GetMetricsRequest.js';
import type { GetMetricsResponse as _milvus_proto_milvus_GetMetricsResponse, GetMetricsResponse__Output as _milvus_proto_milvus_GetMetricsResponse__Output } from '../../../milvus/proto/milvus/GetMetricsResponse.js';
import type { GetNamespaceStatsRequest as _milvus_proto_milvus_GetNamespaceStatsRequest, GetNamespaceStatsRequest__Output as _milvus_proto_milvus_GetNamespaceStatsRequest__Output } from '../../../milvus/proto/milvus/GetNamespaceStatsRequest.js';
import type { GetNamespaceStatsResponse as _milvus_proto_milvus_GetNamespaceStatsResponse, GetNamespaceStatsResponse__Output as _milvus_proto_milvus_GetNamespaceStatsResponse__Output } from '../../../milvus/proto/milvus/GetNamespaceStatsResponse.js';
import type { GetPartitionStatisticsRequest as _milvus_proto_milvus_GetPartitionStatisticsRequest, GetPartitionStatisticsRequest__Output as _milvus_proto_milvus_GetPartitionStatisticsRequest__Output } from '../../../milvus/proto/milvus/GetPartitionStatisticsRequest.js';
import type { GetPartitionStatisticsResponse as _milvus_proto_milvus_GetPartitionStatisticsResponse, GetPartitionStatisticsResponse__Output as _milvus_proto_milvus_GetPartitionStatisticsResponse__Output } from '../../../milvus/proto/milvus/GetPartitionStatisticsResponse.js';
import type { GetPersistentSegmentInfoRequest as _milvus_proto_milvus_GetPersistentSegmentInfoRequest, GetPersistentSegmentInfoRequest__Output as _milvus_proto_milvus_GetPersistentSegmentInfoRequest__Output } from '../../../milvus/proto/milvus/GetPersistentSegmentInfoRequest.js';
import type { GetPersistentSegmentInfoResponse as _milvus_proto_milvus_GetPersistentSegmentInfoResponse, GetPersistentSegmentInfoResponse__Output as _milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output } from '../../../milvus/proto/milvus/GetPersistentSegmentInfoResponse.js';
import type { GetQuerySegmentInfoRequest as _milvus_proto_milvus_GetQuerySegmentInfoRequest, GetQuerySegmentInfoRequest__Output as _milvus_proto_milvus_GetQuerySegmentInfoRequest__Output } from '../../../milvus/proto/milvus/GetQuerySegmentInfoRequest.js';
import type { GetQuerySegmentInfoResponse as _milvus_proto_milvus_GetQuerySegmentInfoResponse, GetQuerySegmentInfoResponse__Output as _milvus_proto_milvus_GetQuerySegmentInfoResponse__Output } from '../../../milvus/proto/milvus/GetQuerySegmentInfoResponse.js';
import type { GetRefreshExternalCollectionProgressRequest as _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, GetRefreshExternalCollectionProgressRequest__Output as _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest__Output } from '../../../milvus/proto/milvus/GetRefreshExternalCollectionProgressRequest.js';
import type { GetRefreshExternalCollectionProgressResponse as _milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse, GetRefreshExternalCollectionProgressResponse__Output as _milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output } from '../../../milvus/proto/milvus/GetRefreshExternalCollectionProgressResponse.js';
import type { GetReplicasRequest as _milvus_proto_milvus_GetReplicasRequest, GetReplicasRequest__Output as _milvus_proto_milvus_GetReplicasRequest__Output } from '../../../milvus/proto/milvus/GetReplicasRequest.js';
import type { GetReplicasResponse as _milvus_proto_milvus_GetReplicasResponse, GetReplicasResponse__Output as _milvus_proto_milvus_GetReplicasResponse__Output } from '../../../milvus/proto/milvus/GetReplicasResponse.js';
import type { GetReplicateConfigurationRequest as _milvus_proto_milvus_GetReplicateConfigurationRequest, GetReplicateConfigurationRequest__Output as _milvus_proto_milvus_GetReplicateConfigurationRequest__Output } from '../../../milvus/proto/milvus/GetReplicateConfigurationRequest.js';
import type { GetReplicateConfigurationResponse as _milvus_proto_milvus_GetReplicateConfigurationResponse, GetReplicateConfigurationResponse__Output as _milvus_proto_milvus_GetReplicateConfigurationResponse__Output } from '../../../milvus/proto/milvus/GetReplicateConfigurationResponse.js';
import type { GetReplicateInfoRequest as _milvus_proto_milvus_GetReplicateInfoRequest, GetReplicateInfoRequest__Output as _milvus_proto_milvus_GetReplicateInfoRequest__Output } from '../../../milvus/proto/milvus/GetReplicateInfoRequest.js';
import type { GetReplicateInfoResponse as _milvus_proto_milvus_GetReplicateInfoResponse, GetReplicateInfoResponse__Output as _milvus_proto_milvus_GetReplicateInfoResponse__Output } from '../../../milvus/proto/milvus/GetReplicateInfoResponse.js';
import type { GetRestoreSnapshotStateRequest as _milvus_proto_milvus_GetRestoreSnapshotStateRequest, GetRestoreSnapshotStateRequest__Output as _milvus_proto_milvus_GetRestoreSnapshotStateRequest__Output } from '../../../milvus/proto/milvus/GetRestoreSnapshotStateRequest.js';
import type { GetRestoreSnapshotStateResponse as _milvus_proto_milvus_GetRestoreSnapshotStateResponse, GetRestoreSnapshotStateResponse__Output as _milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output } from '../../../milvus/proto/milvus/GetRestoreSnapshotStateResponse.js';
import type { GetUserTagsRequest as _milvus_proto_milvus_GetUserTagsRequest, GetUserTagsRequest__Output as _milvus_proto_milvus_GetUserTagsRequest__Output } from '../../../milvus/proto/milvus/GetUserTagsRequest.js';
import type { GetUserTagsResponse as _milvus_proto_milvus_GetUserTagsResponse, GetUserTagsResponse__Output as _milvus_proto_milvus_GetUserTagsResponse__Output } from '../../../milvus/proto/milvus/GetUserTagsResponse.js';
import type { GetVersionRequest as _milvus_proto_milvus_GetVersionRequest, GetVersionRequest__Output as _milvus_proto_milvus_GetVersionRequest__Output } from '../../../milvus/proto/milvus/GetVersionRequest.js';
import type { GetVersionResponse as _milvus_proto_milvus_GetVersionResponse, GetVersionResponse__Output as _milvus_proto_milvus_GetVersionResponse__Output } from '../../../milvus/proto/milvus/GetVersionResponse.js';
import type { HasCollectionRequest as _milvus_proto_milvus_HasCollectionRequest, HasCollectionRequest__Output as _milvus_proto_milvus_HasCollectionRequest__Output } from '../../../milvus/proto/milvus/HasCollectionRequest.js';
import type { HasNamespaceRequest as _milvus_proto_milvus_HasNamespaceRequest, HasNamespaceRequest__Output as _milvus_proto_milvus_HasNamespaceRequest__Output } from '../../../milvus/proto/milvus/HasNamespaceRequest.js';
import type { HasNamespaceResponse as _milvus_proto_milvus_HasNamespaceResponse, HasNamespaceResponse__Output as _milvus_proto_milvus_HasNamespaceResponse__Output } from '../../../milvus/proto/milvus/HasNamespaceResponse.js';
import type { HasPartitionRequest as _milvus_proto_milvus_HasPartitionRequest, HasPartitionRequest__Output as _milvus_proto_milvus_HasPartitionRequest__Output } from '../../../milvus/proto/milvus/HasPartitionRequest.js';
import type { HybridSearchRequest as _milvus_proto_milvus_HybridSearchRequest, HybridSearchRequest__Output as _milvus_proto_milvus_HybridSearchRequest__Output } from '../../../milvus/proto/milvus/HybridSearchRequest.js';
import type { ImportRequest as _milvus_proto_milvus_ImportRequest, ImportRequest__Output as _milvus_proto_milvus_ImportRequest__Output } from '../../../milvus/proto/milvus/ImportRequest.js';
import type { ImportResponse as _milvus_proto_milvus_ImportResponse, ImportResponse__Output as _milvus_proto_milvus_ImportResponse__Output } from '../../../milvus/proto/milvus/ImportResponse.js';
import type { InsertRequest as _milvus_proto_milvus_InsertRequest, InsertRequest__Output as _milvus_proto_milvus_InsertRequest__Output } from '../../../milvus/proto/milvus/InsertRequest.js';
import type { ListAliasesRequest as _milvus_proto_milvus_ListAliasesRequest, ListAliasesRequest__Output as _milvus_proto_milvus_ListAliasesRequest__Output } from '../../../milvus/proto/milvus/ListAliasesRequest.js';
import type { ListAliasesResponse as _milvus_proto_milvus_ListAliasesResponse, ListAliasesResponse__Output as _milvus_proto_milvus_ListAliasesResponse__Output } from '../../../milvus/proto/milvus/ListAliasesResponse.js';
import type { ListCredUsersRequest as _milvus_proto_milvus_ListCredUsersRequest, ListCredUsersRequest__Output as _milvus_proto_milvus_ListCredUsersRequest__Output } from '../../../milvus/proto/milvus/ListCredUsersRequest.js';
import type { ListCredUsersResponse as _milvus_proto_milvus_ListCredUsersResponse, ListCredUsersResponse__Output as _milvus_proto_milvus_ListCredUsersResponse__Output } from '../../../milvus/proto/milvus/ListCredUsersResponse.js';
import type { ListDatabasesRequest as _milvus_proto_milvus_ListDatabasesRequest, ListDatabasesRequest__Output as _milvus_proto_milvus_ListDatabasesRequest__Output } from '../../../milvus/proto/milvus/ListDatabasesRequest.js';
import type { ListDatabasesResponse as _milvus_proto_milvus_ListDatabasesResponse, ListDatabasesResponse__Output as _milvus_proto_milvus_ListDatabasesResponse__Output } from '../../../milvus/proto/milvus/ListDatabasesResponse.js';
import type { ListFileResourcesRequest as _milvus_proto_milvus_ListFileResourcesRequest, ListFileResourcesRequest__Output as _milvus_proto_milvus_ListFileResourcesRequest__Output } from '../../../milvus/proto/milvus/ListFileResourcesRequest.js';
import type { ListFileResourcesResponse as _milvus_proto_milvus_ListFileResourcesResponse, ListFileResourcesResponse__Output as _milvus_proto_milvus_ListFileResourcesResponse__Output } from '../../../milvus/proto/milvus/ListFileResourcesResponse.js';
import type { ListImportTasksRequest as _milvus_proto_milvus_ListImportTasksRequest, ListImportTasksRequest__Output as _milvus_proto_milvus_ListImportTasksRequest__Output } from '../../../milvus/proto/milvus/ListImportTasksRequest.js';
import type { ListImportTasksResponse as _milvus_proto_milvus_ListImportTasksResponse, ListImportTasksResponse__Output as _milvus_proto_milvus_ListImportTasksResponse__Output } from '../../../milvus/proto/milvus/ListImportTasksResponse.js';
import type { ListIndexedSegmentRequest as _milvus_proto_feder_ListIndexedSegmentRequest, ListIndexedSegmentRequest__Output as _milvus_proto_feder_ListIndexedSegmentRequest__Output } from '../../../milvus/proto/feder/ListIndexedSegmentRequest.js';
import type { ListIndexedSegmentResponse as _milvus_proto_feder_ListIndexedSegmentResponse, ListIndexedSegmentResponse__Output as _milvus_proto_feder_ListIndexedSegmentResponse__Output } from '../../../milvus/proto/feder/ListIndexedSegmentResponse.js';
import type { ListNamespacesRequest as _milvus_proto_milvus_ListNamespacesRequest, ListNamespacesRequest__Output as _milvus_proto_milvus_ListNamespacesRequest__Output } from '../../../milvus/proto/milvus/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _milvus_proto_milvus_ListNamespacesResponse, ListNamespacesResponse__Output as _milvus_proto_milvus_ListNamespacesResponse__Output } from '../../../milvus/proto/milvus/ListNamespacesResponse.js';
import type { ListPrivilegeGroupsRequest as _milvus_proto_milvus_ListPrivilegeGroupsRequest, ListPrivilegeGroupsRequest__Output as _milvus_proto_milvus_ListPrivilegeGroupsRequest__Output } from '../../../milvus/proto/milvus/ListPrivilegeGroupsRequest.js';
import type { ListPrivilegeGroupsResponse as _milvus_proto_milvus_ListPrivilegeGroupsResponse, ListPrivilegeGroupsResponse__Output as _milvus_proto_milvus_ListPrivilegeGroupsResponse__Output } from '../../../milvus/proto/milvus/ListPrivilegeGroupsResponse.js';
import type { ListRefreshExternalCollectionJobsRequest as _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, ListRefreshExternalCollectionJobsRequest__Output as _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest__Output } from '../../../milvus/proto/milvus/ListRefreshExternalCollectionJobsRequest.js';
import type { ListRefreshExternalCollectionJobsResponse as _milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse, ListRefreshExternalCollectionJobsResponse__Output as _milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output } from '../../../milvus/proto/milvus/ListRefreshExternalCollectionJobsResponse.js';
import type { ListResourceGroupsRequest as _milvus_proto_milvus_ListResourceGroupsRequest, ListResourceGroupsRequest__Output as _milvus_proto_milvus_ListResourceGroupsRequest__Output } from '../../../milvus/proto/milvus/ListResourceGroupsRequest.js';
import type { ListResourceGroupsResponse as _milvus_proto_milvus_ListResourceGroupsResponse, ListResourceGroupsResponse__Output as _milvus_proto_milvus_ListResourceGroupsResponse__Output } from '../../../milvus/proto/milvus/ListResourceGroupsResponse.js';
import type { ListRestoreSnapshotJobsRequest as _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, ListRestoreSnapshotJobsRequest__Output as _milvus_proto_milvus_ListRestoreSnapshotJobsRequest__Output } from '../../../milvus/proto/milvus/ListRestoreSnapshotJobsRequest.js';
import type { ListRestoreSnapshotJobsResponse as _milvus_proto_milvus_ListRestoreSnapshotJobsResponse, ListRestoreSnapshotJobsResponse__Output as _milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output } from '../../../milvus/proto/milvus/ListRestoreSnapshotJobsResponse.js';
import type { ListRowPoliciesRequest as _milvus_proto_milvus_ListRowPoliciesRequest, ListRowPoliciesRequest__Output as _milvus_proto_milvus_ListRowPoliciesRequest__Output } from '../../../milvus/proto/milvus/ListRowPoliciesRequest.js';
import type { ListRowPoliciesResponse as _milvus_proto_milvus_ListRowPoliciesResponse, ListRowPoliciesResponse__Output as _milvus_proto_milvus_ListRowPoliciesResponse__Output } from '../../../milvus/proto/milvus/ListRowPoliciesResponse.js';
import type { ListSnapshotsRequest as _milvus_proto_milvus_ListSnapshotsRequest, ListSnapshotsRequest__Output as _milvus_proto_milvus_ListSnapshotsRequest__Output } from '../../../milvus/proto/milvus/ListSnapshotsRequest.js';
import type { ListSnapshotsResponse as _milvus_proto_milvus_ListSnapshotsResponse, ListSnapshotsResponse__Output as _milvus_proto_milvus_ListSnapshotsResponse__Output } from '../../../milvus/proto/milvus/ListSnapshotsResponse.js';
import type { ListUsersWithTagRequest as _milvus_proto_milvus_ListUsersWithTagRequest, ListUsersWithTagRequest__Output as _milvus_proto_milvus_ListUsersWithTagRequest__Output } from '../../../milvus/proto/milvus/ListUsersWithTagRequest.js';
import type { ListUsersWithTagResponse as _milvus_proto_milvus_ListUsersWithTagResponse, ListUsersWithTagResponse__Output as _milvus_proto_milvus_ListUsersWithTagResponse__Output } from '../../../milvus/proto/milvus/ListUsersWithTagResponse.js';
import type { LoadBalanceRequest as _milvus_proto_milvus_LoadBalanceRequest, LoadBalanceRequest__Output as _milvus_proto_milvus_LoadBalanceRequest__Output } from '../../../milvus/proto/milvus/LoadBalanceRequest.js';
import type { LoadCollectionRequest as _milvus_proto_milvus_LoadCollectionRequest, LoadCollectionRequest__Output as _milvus_proto_milvus_LoadCollectionRequest__Output } from '../../../milvus/proto/milvus/LoadCollectionRequest.js';
import type { LoadPartitionsRequest as _milvus_proto_milvus_LoadPartitionsRequest, LoadPartitionsRequest__Output as _milvus_proto_milvus_LoadPartitionsRequest__Output } from '../../../milvus/proto/milvus/LoadPartitionsRequest.js';
import type { ManualCompactionRequest as _milvus_proto_milvus_ManualCompactionRequest, ManualCompactionRequest__Output as _milvus_proto_milvus_ManualCompactionRequest__Output } from '../../../milvus/proto/milvus/ManualCompactionRequest.js';
import type { ManualCompactionResponse as _milvus_proto_milvus_ManualCompactionResponse, ManualCompactionResponse__Output as _milvus_proto_milvus_ManualCompactionResponse__Output } from '../../../milvus/proto/milvus/ManualCompactionResponse.js';
import type { MutationResult as _milvus_proto_milvus_MutationResult, MutationResult__Output as _milvus_proto_milvus_MutationResult__Output } from '../../../milvus/proto/milvus/MutationResult.js';
import type { OperatePrivilegeGroupRequest as _milvus_proto_milvus_OperatePrivilegeGroupRequest, OperatePrivilegeGroupRequest__Output as _milvus_proto_milvus_OperatePrivilegeGroupRequest__Output } from '../../../milvus/proto/milvus/OperatePrivilegeGroupRequest.js';
import type { OperatePrivilegeRequest as _milvus_proto_milvus_OperatePrivilegeRequest, OperatePrivilegeRequest__Output as _milvus_proto_milvus_OperatePrivilegeRequest__Output } from '../../../milvus/proto/milvus/OperatePrivilegeRequest.js';
import type { OperatePrivilegeV2Request as _milvus_proto_milvus_OperatePrivilegeV2Request, OperatePrivilegeV2Request__Output as _milvus_proto_milvus_OperatePrivilegeV2Request__Output } from '../../../milvus/proto/milvus/OperatePrivilegeV2Request.js';
import type { OperateUserRoleRequest as _milvus_proto_milvus_OperateUserRoleRequest, OperateUserRoleRequest__Output as _milvus_proto_milvus_OperateUserRoleRequest__Output } from '../../../milvus/proto/milvus/OperateUserRoleRequest.js';
import type { PinSnapshotDataRequest as _milvus_proto_milvus_PinSnapshotDataRequest, PinSnapshotDataRequest__Output as _milvus_proto_milvus_PinSnapshotDataRequest__Output } from '../../../milvus/proto/milvus/PinSnapshotDataRequest.js';
import type { PinSnapshotDataResponse as _milvus_proto_milvus_PinSnapshotDataResponse, PinSnapshotDataResponse__Output as _milvus_proto_milvus_PinSnapshotDataResponse__Output } from '../../../milvus/proto/milvus/PinSnapshotDataResponse.js';
import type { PrewarmRequest as _milvus_proto_milvus_PrewarmRequest, PrewarmRequest__Output as _milvus_proto_milvus_PrewarmRequest__Output } from '../../../milvus/proto/milvus/PrewarmRequest.js';
import type { PrewarmResponse as _milvus_proto_milvus_PrewarmResponse, PrewarmResponse__Output as _milvus_proto_milvus_PrewarmResponse__Output } from '../../../milvus/proto/milvus/PrewarmResponse.js';
import type { QueryRequest as _milvus_proto_milvus_QueryRequest, QueryRequest__Output as _milvus_proto_milvus_QueryRequest__Output } from '../../../milvus/proto/milvus/QueryRequest.js';
import type { QueryResults as _milvus_proto_milvus_QueryResults, QueryResults__Output as _milvus_proto_milvus_QueryResults__Output } from '../../../milvus/proto/milvus/QueryResults.js';
import type { RefreshExternalCollectionRequest as _milvus_proto_milvus_RefreshExternalCollectionRequest, RefreshExternalCollectionRequest__Output as _milvus_proto_milvus_RefreshExternalCollectionRequest__Output } from '../../../milvus/proto/milvus/RefreshExternalCollectionRequest.js';
import type { RefreshExternalCollectionResponse as _milvus_proto_milvus_RefreshExternalCollectionResponse, RefreshExternalCollectionResponse__Output as _milvus_proto_milvus_RefreshExternalCollectionResponse__Output } from '../../../milvus/proto/milvus/RefreshExternalCollectionResponse.js';
import type { RegisterLinkRequest as _milvus_proto_milvus_RegisterLinkRequest, RegisterLinkRequest__Output as _milvus_proto_milvus_RegisterLinkRequest__Output } from '../../../milvus/proto/milvus/RegisterLinkRequest.js';
import type { RegisterLinkResponse as _milvus_proto_milvus_RegisterLinkResponse, RegisterLinkResponse__Output as _milvus_proto_milvus_RegisterLinkResponse__Output } from '../../../milvus/proto/milvus/RegisterLinkResponse.js';
import type { ReleaseCollectionRequest as _milvus_proto_milvus_ReleaseCollectionRequest, ReleaseCollectionRequest__Output as _milvus_proto_milvus_ReleaseCollectionRequest__Output } from '../../../milvus/proto/milvus/ReleaseCollectionRequest.js';
import type { ReleasePartitionsRequest as _milvus_proto_milvus_ReleasePartitionsRequest, ReleasePartitionsRequest__Output as _milvus_proto_milvus_ReleasePartitionsRequest__Output } from '../../../milvus/proto/milvus/ReleasePartitionsRequest.js';
import type { RemoveFileResourceRequest as _milvus_proto_milvus_RemoveFileResourceRequest, RemoveFileResourceRequest__Output as _milvus_proto_milvus_RemoveFileResourceRequest__Output } from '../../../milvus/proto/milvus/RemoveFileResourceRequest.js';
import type { RenameCollectionRequest as _milvus_proto_milvus_RenameCollectionRequest, RenameCollectionRequest__Output as _milvus_proto_milvus_RenameCollectionRequest__Output } from '../../../milvus/proto/milvus/RenameCollectionRequest.js';
import type { ReplicateMessageRequest as _milvus_proto_milvus_ReplicateMessageRequest, ReplicateMessageRequest__Output as _milvus_proto_milvus_ReplicateMessageRequest__Output } from '../../../milvus/proto/milvus/ReplicateMessageRequest.js';
import type { ReplicateMessageResponse as _milvus_proto_milvus_ReplicateMessageResponse, ReplicateMessageResponse__Output as _milvus_proto_milvus_ReplicateMessageResponse__Output } from '../../../milvus/proto/milvus/ReplicateMessageResponse.js';
import type { ReplicateRequest as _milvus_proto_milvus_ReplicateRequest, ReplicateRequest__Output as _milvus_proto_milvus_ReplicateRequest__Output } from '../../../milvus/proto/milvus/ReplicateRequest.js';
import type { ReplicateResponse as _milvus_proto_milvus_ReplicateResponse, ReplicateResponse__Output as _milvus_proto_milvus_ReplicateResponse__Output } from '../../../milvus/proto/milvus/ReplicateResponse.js';
import type { RestoreExternalSnapshotRequest as _milvus_proto_milvus_RestoreExternalSnapshotRequest, RestoreExternalSnapshotRequest__Output as _milvus_proto_milvus_RestoreExternalSnapshotRequest__Output } from '../../../milvus/proto/milvus/RestoreExternalSnapshotRequest.js';
import type { RestoreExternalSnapshotResponse as _milvus_proto_milvus_RestoreExternalSnapshotResponse, RestoreExternalSnapshotResponse__Output as _milvus_proto_milvus_RestoreExternalSnapshotResponse__Output } from '../../../milvus/proto/milvus/RestoreExternalSnapshotResponse.js';
import type { RestoreRBACMetaRequest as _milvus_proto_milvus_RestoreRBACMetaRequest, RestoreRBACMetaRequest__Output as _milvus_proto_milvus_RestoreRBACMetaRequest__Output } from '../../../milvus/proto/milvus/RestoreRBACMetaRequest.js';
import type { RestoreSnapshotRequest as _milvus_proto_milvus_RestoreSnapshotRequest, RestoreSnapshotRequest__Output as _milvus_proto_milvus_RestoreSnapshotRequest__Output } from '../../../milvus/proto/milvus/RestoreSnapshotRequest.js';
import type { RestoreSnapshotResponse as _milvus_proto_milvus_RestoreSnapshotResponse, RestoreSnapshotResponse__Output as _milvus_proto_milvus_RestoreSnapshotResponse__Output } from '../../../milvus/proto/milvus/RestoreSnapshotResponse.js';
import type { RunAnalyzerRequest as _milvus_proto_milvus_RunAnalyzerRequest, RunAnalyzerRequest__Output as _milvus_proto_milvus_RunAnalyzerRequest__Output } from '../../../milvus/proto/milvus/RunAnalyzerRequest.js';
import type { RunAnalyzerResponse as _milvus_proto_milvus_RunAnalyzerResponse, RunAnalyzerResponse__Output as _milvus_proto_milvus_RunAnalyzerResponse__Output } from '../../../milvus/proto/milvus/RunAnalyzerResponse.js';
import type { SearchRequest as _milvus_proto_milvus_SearchRequest, SearchRequest__Output as _milvus_proto_milvus_SearchRequest__Output } from '../../../milvus/proto/milvus/SearchRequest.js';
import type { SearchResults as _milvus_proto_milvus_SearchResults, SearchResults__Output as _milvus_proto_milvus_SearchResults__Output } from '../../../milvus/proto/milvus/SearchResults.js';
import type { SelectGrantRequest as _milvus_proto_milvus_SelectGrantRequest, SelectGrantRequest__Output as _milvus_proto_milvus_SelectGrantRequest__Output } from '../../../milvus/proto/milvus/SelectGrantRequest.js';
import type { SelectGrantResponse as _milvus_proto_milvus_SelectGrantResponse, SelectGrantResponse__Output as _milvus_proto_milvus_SelectGrantResponse__Output } from '../../../milvus/proto/milvus/SelectGrantResponse.js';
import type { SelectRoleRequest as _milvus_proto_milvus_SelectRoleRequest, SelectRoleRequest__Output as _milvus_proto_milvus_SelectRoleRequest__Output } from '../../../milvus/proto/milvus/SelectRoleRequest.js';
import type { SelectRoleResponse as _milvus_proto_milvus_SelectRoleResponse, SelectRoleResponse__Output as _milvus_proto_milvus_SelectRoleResponse__Output } from '../../../milvus/proto/milvus/SelectRoleResponse.js';
import type { SelectUserRequest as _milvus_proto_milvus_SelectUserRequest, SelectUserRequest__Output as _milvus_proto_milvus_SelectUserRequest__Output } from '../../../milvus/proto/milvus/SelectUserRequest.js';
import type { SelectUserResponse as _milvus_proto_milvus_SelectUserResponse, SelectUserResponse__Output as _milvus_proto_milvus_SelectUserResponse__Output } from '../../../milvus/proto/milvus/SelectUserResponse.js';
import type { ShowCollectionsRequest as _milvus_proto_milvus_ShowCollectionsRequest, ShowCollectionsRequest__Output as _milvus_proto_milvus_ShowCollectionsRequest__Output } from '../../../milvus/proto/milvus/ShowCollectionsRequest.js';
import type { ShowCollectionsResponse as _milvus_proto_milvus_ShowCollectionsResponse, ShowCollectionsResponse__Output as _milvus_proto_milvus_ShowCollectionsResponse__Output } from '../../../milvus/proto/milvus/ShowCollectionsResponse.js';
import type { ShowPartitionsRequest as _milvus_proto_milvus_ShowPartitionsRequest, ShowPartitionsRequest__Output as _milvus_proto_milvus_ShowPartitionsRequest__Output } from '../../../milvus/proto/milvus/ShowPartitionsRequest.js';
import type { ShowPartitionsResponse as _milvus_proto_milvus_ShowPartitionsResponse, ShowPartitionsResponse__Output as _milvus_proto_milvus_ShowPartitionsResponse__Output } from '../../../milvus/proto/milvus/ShowPartitionsResponse.js';
import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { TransferNodeRequest as _milvus_proto_milvus_TransferNodeRequest, TransferNodeRequest__Output as _milvus_proto_milvus_TransferNodeRequest__Output } from '../../../milvus/proto/milvus/TransferNodeRequest.js';
import type { TransferReplicaRequest as _milvus_proto_milvus_TransferReplicaRequest, TransferReplicaRequest__Output as _milvus_proto_milvus_TransferReplicaRequest__Output } from '../../../milvus/proto/milvus/TransferReplicaRequest.js';
import type { TruncateCollectionRequest as _milvus_proto_milvus_TruncateCollectionRequest, TruncateCollectionRequest__Output as _milvus_proto_milvus_TruncateCollectionRequest__Output } from '../../../milvus/proto/milvus/TruncateCollectionRequest.js';
import type { TruncateCollectionResponse as _milvus_proto_milvus_TruncateCollectionResponse, TruncateCollectionResponse__Output as _milvus_proto_milvus_TruncateCollectionResponse__Output } from '../../../milvus/proto/milvus/TruncateCollectionResponse.js';
import type { UnpinSnapshotDataRequest as _milvus_proto_milvus_UnpinSnapshotDataRequest, UnpinSnapshotDataRequest__Output as _milvus_proto_milvus_UnpinSnapshotDataRequest__Output } from '../../../milvus/proto/milvus/UnpinSnapshotDataRequest.js';
import type { UpdateCredentialRequest as _milvus_proto_milvus_UpdateCredentialRequest, UpdateCredentialRequest__Output as _milvus_proto_milvus_UpdateCredentialRequest__Output } from '../../../milvus/proto/milvus/UpdateCredentialRequest.js';
import type { UpdateReplicateConfigurationRequest as _milvus_proto_milvus_UpdateReplicateConfigurationRequest, UpdateReplicateConfigurationRequest__Output as _milvus_proto_milvus_UpdateReplicateConfigurationRequest__Output } from '../../../milvus/proto/milvus/UpdateReplicateConfigurationRequest.js';
import type { UpdateResourceGroupsRequest as _milvus_proto_milvus_UpdateResourceGroupsRequest, UpdateResourceGroupsRequest__Output as _milvus_proto_milvus_UpdateResourceGroupsRequest__Output } from '../../../milvus/proto/milvus/UpdateResourceGroupsRequest.js';
import type { UpsertRequest as _milvus_proto_milvus_UpsertRequest, UpsertRequest__Output as _milvus_proto_milvus_UpsertRequest__Output } from '../../../milvus/proto/milvus/UpsertRequest.js';

export interface MilvusServiceClient extends grpc.Client {
  AddCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionField(argument: _milvus_proto_milvus_AddCollectionFieldRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AddCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionFunction(argument: _milvus_proto_milvus_AddCollectionFunctionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AddCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addCollectionStructField(argument: _milvus_proto_milvus_AddCollectionStructFieldRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AddFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addFileResource(argument: _milvus_proto_milvus_AddFileResourceRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AddUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AddUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  addUserTags(argument: _milvus_proto_milvus_AddUserTagsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AllocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  AllocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  AllocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  AllocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  allocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  allocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  allocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  allocTimestamp(argument: _milvus_proto_milvus_AllocTimestampRequest, callback: grpc.requestCallback<_milvus_proto_milvus_AllocTimestampResponse__Output>): grpc.ClientUnaryCall;
  
  AlterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterAlias(argument: _milvus_proto_milvus_AlterAliasRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AlterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollection(argument: _milvus_proto_milvus_AlterCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AlterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionField(argument: _milvus_proto_milvus_AlterCollectionFieldRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AlterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterCollectionFunction(argument: _milvus_proto_milvus_AlterCollectionFunctionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AlterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  AlterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  AlterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  AlterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  alterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  alterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  alterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  alterCollectionSchema(argument: _milvus_proto_milvus_AlterCollectionSchemaRequest, callback: grpc.requestCallback<_milvus_proto_milvus_AlterCollectionSchemaResponse__Output>): grpc.ClientUnaryCall;
  
  AlterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterDatabase(argument: _milvus_proto_milvus_AlterDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AlterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterIndex(argument: _milvus_proto_milvus_AlterIndexRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  AlterRole(argument: _milvus_proto_milvus_AlterRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterRole(argument: _milvus_proto_milvus_AlterRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterRole(argument: _milvus_proto_milvus_AlterRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  AlterRole(argument: _milvus_proto_milvus_AlterRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterRole(argument: _milvus_proto_milvus_AlterRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterRole(argument: _milvus_proto_milvus_AlterRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterRole(argument: _milvus_proto_milvus_AlterRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  alterRole(argument: _milvus_proto_milvus_AlterRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  BackupRBAC(argument: _milvus_proto_milvus_BackupRBACMetaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  BackupRBAC(argument: _milvus_proto_milvus_BackupRBACMetaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  BackupRBAC(argument: _milvus_proto_milvus_BackupRBACMetaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  BackupRBAC(argument: _milvus_proto_milvus_BackupRBACMetaRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  backupRbac(argument: _milvus_proto_milvus_BackupRBACMetaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  backupRbac(argument: _milvus_proto_milvus_BackupRBACMetaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  backupRbac(argument: _milvus_proto_milvus_BackupRBACMetaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  backupRbac(argument: _milvus_proto_milvus_BackupRBACMetaRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BackupRBACMetaResponse__Output>): grpc.ClientUnaryCall;
  
  BatchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  BatchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  BatchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  BatchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  batchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  batchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  batchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  batchDescribeCollection(argument: _milvus_proto_milvus_BatchDescribeCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BatchDescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  
  BatchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  BatchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  BatchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  BatchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  batchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  batchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  batchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  batchUpdateManifest(argument: _milvus_proto_milvus_BatchUpdateManifestRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CalcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  CalcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  CalcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  CalcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  calcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  calcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  calcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  calcDistance(argument: _milvus_proto_milvus_CalcDistanceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_CalcDistanceResults__Output>): grpc.ClientUnaryCall;
  
  CheckHealth(argument: _milvus_proto_milvus_CheckHealthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  CheckHealth(argument: _milvus_proto_milvus_CheckHealthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  CheckHealth(argument: _milvus_proto_milvus_CheckHealthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  CheckHealth(argument: _milvus_proto_milvus_CheckHealthRequest, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  checkHealth(argument: _milvus_proto_milvus_CheckHealthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  checkHealth(argument: _milvus_proto_milvus_CheckHealthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  checkHealth(argument: _milvus_proto_milvus_CheckHealthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  checkHealth(argument: _milvus_proto_milvus_CheckHealthRequest, callback: grpc.requestCallback<_milvus_proto_milvus_CheckHealthResponse__Output>): grpc.ClientUnaryCall;
  
  ComputePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  ComputePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  ComputePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  ComputePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  computePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  computePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  computePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  computePhraseMatchSlop(argument: _milvus_proto_milvus_ComputePhraseMatchSlopRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>): grpc.ClientUnaryCall;
  
  Connect(argument: _milvus_proto_milvus_ConnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  Connect(argument: _milvus_proto_milvus_ConnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  Connect(argument: _milvus_proto_milvus_ConnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  Connect(argument: _milvus_proto_milvus_ConnectRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _milvus_proto_milvus_ConnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _milvus_proto_milvus_ConnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _milvus_proto_milvus_ConnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connect(argument: _milvus_proto_milvus_ConnectRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ConnectResponse__Output>): grpc.ClientUnaryCall;
  
  CreateAlias(argument: _milvus_proto_milvus_CreateAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateAlias(argument: _milvus_proto_milvus_CreateAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateAlias(argument: _milvus_proto_milvus_CreateAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateAlias(argument: _milvus_proto_milvus_CreateAliasRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createAlias(argument: _milvus_proto_milvus_CreateAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createAlias(argument: _milvus_proto_milvus_CreateAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createAlias(argument: _milvus_proto_milvus_CreateAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createAlias(argument: _milvus_proto_milvus_CreateAliasRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCollection(argument: _milvus_proto_milvus_CreateCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createCredential(argument: _milvus_proto_milvus_CreateCredentialRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createDatabase(argument: _milvus_proto_milvus_CreateDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateIndex(argument: _milvus_proto_milvus_CreateIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateIndex(argument: _milvus_proto_milvus_CreateIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateIndex(argument: _milvus_proto_milvus_CreateIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateIndex(argument: _milvus_proto_milvus_CreateIndexRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createIndex(argument: _milvus_proto_milvus_CreateIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createIndex(argument: _milvus_proto_milvus_CreateIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createIndex(argument: _milvus_proto_milvus_CreateIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createIndex(argument: _milvus_proto_milvus_CreateIndexRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _milvus_proto_milvus_CreateNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_CreateNamespaceResponse__Output>): grpc.ClientUnaryCall;
  
  CreatePartition(argument: _milvus_proto_milvus_CreatePartitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreatePartition(argument: _milvus_proto_milvus_CreatePartitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreatePartition(argument: _milvus_proto_milvus_CreatePartitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreatePartition(argument: _milvus_proto_milvus_CreatePartitionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPartition(argument: _milvus_proto_milvus_CreatePartitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPartition(argument: _milvus_proto_milvus_CreatePartitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPartition(argument: _milvus_proto_milvus_CreatePartitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPartition(argument: _milvus_proto_milvus_CreatePartitionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreatePrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreatePrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreatePrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreatePrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createPrivilegeGroup(argument: _milvus_proto_milvus_CreatePrivilegeGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateReplicateStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_milvus_proto_milvus_ReplicateRequest, _milvus_proto_milvus_ReplicateResponse__Output>;
  CreateReplicateStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_milvus_proto_milvus_ReplicateRequest, _milvus_proto_milvus_ReplicateResponse__Output>;
  createReplicateStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_milvus_proto_milvus_ReplicateRequest, _milvus_proto_milvus_ReplicateResponse__Output>;
  createReplicateStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_milvus_proto_milvus_ReplicateRequest, _milvus_proto_milvus_ReplicateResponse__Output>;
  
  CreateResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createResourceGroup(argument: _milvus_proto_milvus_CreateResourceGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateRole(argument: _milvus_proto_milvus_CreateRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateRole(argument: _milvus_proto_milvus_CreateRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateRole(argument: _milvus_proto_milvus_CreateRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateRole(argument: _milvus_proto_milvus_CreateRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRole(argument: _milvus_proto_milvus_CreateRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRole(argument: _milvus_proto_milvus_CreateRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRole(argument: _milvus_proto_milvus_CreateRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRole(argument: _milvus_proto_milvus_CreateRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createRowPolicy(argument: _milvus_proto_milvus_CreateRowPolicyRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  CreateSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  CreateSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  createSnapshot(argument: _milvus_proto_milvus_CreateSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  Delete(argument: _milvus_proto_milvus_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Delete(argument: _milvus_proto_milvus_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Delete(argument: _milvus_proto_milvus_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Delete(argument: _milvus_proto_milvus_DeleteRequest, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  delete(argument: _milvus_proto_milvus_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  delete(argument: _milvus_proto_milvus_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  delete(argument: _milvus_proto_milvus_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  delete(argument: _milvus_proto_milvus_DeleteRequest, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  
  DeleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DeleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DeleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DeleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteCredential(argument: _milvus_proto_milvus_DeleteCredentialRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DeleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DeleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DeleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DeleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  deleteUserTags(argument: _milvus_proto_milvus_DeleteUserTagsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DescribeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  DescribeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  DescribeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  DescribeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  describeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  describeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  describeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  describeAlias(argument: _milvus_proto_milvus_DescribeAliasRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeAliasResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  DescribeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  DescribeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  DescribeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  describeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  describeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  describeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  describeCollection(argument: _milvus_proto_milvus_DescribeCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeCollectionResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  DescribeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  describeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  describeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  describeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  describeDatabase(argument: _milvus_proto_milvus_DescribeDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeDatabaseResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  DescribeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  DescribeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  DescribeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  describeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  describeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  describeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  describeIndex(argument: _milvus_proto_milvus_DescribeIndexRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeIndexResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  DescribeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  DescribeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  DescribeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  describeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  describeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  describeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  describeNamespace(argument: _milvus_proto_milvus_DescribeNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeNamespaceResponse__Output>): grpc.ClientUnaryCall;
  
  DescribePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  DescribePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  DescribePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  DescribePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  describePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  describePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  describePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  describePrewarmTask(argument: _milvus_proto_milvus_DescribePrewarmTaskRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribePrewarmTaskResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  DescribeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  DescribeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  DescribeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  describeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  describeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  describeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  describeResourceGroup(argument: _milvus_proto_milvus_DescribeResourceGroupRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeResourceGroupResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  DescribeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  DescribeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  DescribeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  describeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  describeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  describeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  describeSegmentIndexData(argument: _milvus_proto_feder_DescribeSegmentIndexDataRequest, callback: grpc.requestCallback<_milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>): grpc.ClientUnaryCall;
  
  DescribeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  DescribeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  DescribeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  DescribeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  describeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  describeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  describeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  describeSnapshot(argument: _milvus_proto_milvus_DescribeSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DescribeSnapshotResponse__Output>): grpc.ClientUnaryCall;
  
  DropAlias(argument: _milvus_proto_milvus_DropAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropAlias(argument: _milvus_proto_milvus_DropAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropAlias(argument: _milvus_proto_milvus_DropAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropAlias(argument: _milvus_proto_milvus_DropAliasRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropAlias(argument: _milvus_proto_milvus_DropAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropAlias(argument: _milvus_proto_milvus_DropAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropAlias(argument: _milvus_proto_milvus_DropAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropAlias(argument: _milvus_proto_milvus_DropAliasRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollection(argument: _milvus_proto_milvus_DropCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropCollectionFunction(argument: _milvus_proto_milvus_DropCollectionFunctionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropDatabase(argument: _milvus_proto_milvus_DropDatabaseRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropIndex(argument: _milvus_proto_milvus_DropIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropIndex(argument: _milvus_proto_milvus_DropIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropIndex(argument: _milvus_proto_milvus_DropIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropIndex(argument: _milvus_proto_milvus_DropIndexRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropIndex(argument: _milvus_proto_milvus_DropIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropIndex(argument: _milvus_proto_milvus_DropIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropIndex(argument: _milvus_proto_milvus_DropIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropIndex(argument: _milvus_proto_milvus_DropIndexRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  DropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  DropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  DropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  dropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  dropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  dropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  dropNamespace(argument: _milvus_proto_milvus_DropNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DropNamespaceResponse__Output>): grpc.ClientUnaryCall;
  
  DropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPartition(argument: _milvus_proto_milvus_DropPartitionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropPrivilegeGroup(argument: _milvus_proto_milvus_DropPrivilegeGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropResourceGroup(argument: _milvus_proto_milvus_DropResourceGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropRole(argument: _milvus_proto_milvus_DropRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropRole(argument: _milvus_proto_milvus_DropRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropRole(argument: _milvus_proto_milvus_DropRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropRole(argument: _milvus_proto_milvus_DropRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRole(argument: _milvus_proto_milvus_DropRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRole(argument: _milvus_proto_milvus_DropRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRole(argument: _milvus_proto_milvus_DropRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRole(argument: _milvus_proto_milvus_DropRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropRowPolicy(argument: _milvus_proto_milvus_DropRowPolicyRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  DropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  DropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  dropSnapshot(argument: _milvus_proto_milvus_DropSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  Dummy(argument: _milvus_proto_milvus_DummyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  Dummy(argument: _milvus_proto_milvus_DummyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  Dummy(argument: _milvus_proto_milvus_DummyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  Dummy(argument: _milvus_proto_milvus_DummyRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  dummy(argument: _milvus_proto_milvus_DummyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  dummy(argument: _milvus_proto_milvus_DummyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  dummy(argument: _milvus_proto_milvus_DummyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  dummy(argument: _milvus_proto_milvus_DummyRequest, callback: grpc.requestCallback<_milvus_proto_milvus_DummyResponse__Output>): grpc.ClientUnaryCall;
  
  DumpMessages(argument: _milvus_proto_milvus_DumpMessagesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_milvus_proto_milvus_DumpMessagesResponse__Output>;
  DumpMessages(argument: _milvus_proto_milvus_DumpMessagesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_milvus_proto_milvus_DumpMessagesResponse__Output>;
  dumpMessages(argument: _milvus_proto_milvus_DumpMessagesRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_milvus_proto_milvus_DumpMessagesResponse__Output>;
  dumpMessages(argument: _milvus_proto_milvus_DumpMessagesRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_milvus_proto_milvus_DumpMessagesResponse__Output>;
  
  ExportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  ExportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  ExportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  ExportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  exportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  exportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  exportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  exportSnapshot(argument: _milvus_proto_milvus_ExportSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ExportSnapshotResponse__Output>): grpc.ClientUnaryCall;
  
  Flush(argument: _milvus_proto_milvus_FlushRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  Flush(argument: _milvus_proto_milvus_FlushRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  Flush(argument: _milvus_proto_milvus_FlushRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  Flush(argument: _milvus_proto_milvus_FlushRequest, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  flush(argument: _milvus_proto_milvus_FlushRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  flush(argument: _milvus_proto_milvus_FlushRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  flush(argument: _milvus_proto_milvus_FlushRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  flush(argument: _milvus_proto_milvus_FlushRequest, callback: grpc.requestCallback<_milvus_proto_milvus_FlushResponse__Output>): grpc.ClientUnaryCall;
  
  FlushAll(argument: _milvus_proto_milvus_FlushAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  FlushAll(argument: _milvus_proto_milvus_FlushAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  FlushAll(argument: _milvus_proto_milvus_FlushAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  FlushAll(argument: _milvus_proto_milvus_FlushAllRequest, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  flushAll(argument: _milvus_proto_milvus_FlushAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  flushAll(argument: _milvus_proto_milvus_FlushAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  flushAll(argument: _milvus_proto_milvus_FlushAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  flushAll(argument: _milvus_proto_milvus_FlushAllRequest, callback: grpc.requestCallback<_milvus_proto_milvus_FlushAllResponse__Output>): grpc.ClientUnaryCall;
  
  GetCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getCollectionStatistics(argument: _milvus_proto_milvus_GetCollectionStatisticsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetCollectionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  
  GetCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  GetCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  GetCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  GetCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  getCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  getCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  getCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  getCompactionState(argument: _milvus_proto_milvus_GetCompactionStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  GetCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  GetCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  GetCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  getCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  getCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  getCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  getCompactionStateWithPlans(argument: _milvus_proto_milvus_GetCompactionPlansRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetCompactionPlansResponse__Output>): grpc.ClientUnaryCall;
  
  GetComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  GetComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  GetComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  GetComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  getComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  getComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  getComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  getComponentStates(argument: _milvus_proto_milvus_GetComponentStatesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ComponentStates__Output>): grpc.ClientUnaryCall;
  
  GetFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  GetFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  GetFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  GetFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushAllState(argument: _milvus_proto_milvus_GetFlushAllStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushAllStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  GetFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  GetFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  GetFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  getFlushState(argument: _milvus_proto_milvus_GetFlushStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetFlushStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetImportState(argument: _milvus_proto_milvus_GetImportStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  GetImportState(argument: _milvus_proto_milvus_GetImportStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  GetImportState(argument: _milvus_proto_milvus_GetImportStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  GetImportState(argument: _milvus_proto_milvus_GetImportStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  getImportState(argument: _milvus_proto_milvus_GetImportStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  getImportState(argument: _milvus_proto_milvus_GetImportStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  getImportState(argument: _milvus_proto_milvus_GetImportStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  getImportState(argument: _milvus_proto_milvus_GetImportStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetImportStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  GetIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  GetIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  GetIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  getIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  getIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  getIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  getIndexBuildProgress(argument: _milvus_proto_milvus_GetIndexBuildProgressRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexBuildProgressResponse__Output>): grpc.ClientUnaryCall;
  
  GetIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  GetIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  GetIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  GetIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  getIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  getIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  getIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  getIndexState(argument: _milvus_proto_milvus_GetIndexStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getIndexStatistics(argument: _milvus_proto_milvus_GetIndexStatisticsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetIndexStatisticsResponse__Output>): grpc.ClientUnaryCall;
  
  GetLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  GetLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  GetLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  GetLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  getLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  getLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  getLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  getLoadState(argument: _milvus_proto_milvus_GetLoadStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  GetLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  GetLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  GetLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  getLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  getLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  getLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  getLoadingProgress(argument: _milvus_proto_milvus_GetLoadingProgressRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetLoadingProgressResponse__Output>): grpc.ClientUnaryCall;
  
  GetMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  GetMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _milvus_proto_milvus_GetMetricsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetMetricsResponse__Output>): grpc.ClientUnaryCall;
  
  GetNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  GetNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  GetNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  GetNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  getNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  getNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  getNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  getNamespaceStats(argument: _milvus_proto_milvus_GetNamespaceStatsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetNamespaceStatsResponse__Output>): grpc.ClientUnaryCall;
  
  GetPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getPartitionStatistics(argument: _milvus_proto_milvus_GetPartitionStatisticsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetPartitionStatisticsResponse__Output>): grpc.ClientUnaryCall;
  
  GetPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  GetPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  GetPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  GetPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getPersistentSegmentInfo(argument: _milvus_proto_milvus_GetPersistentSegmentInfoRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  GetQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  GetQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  GetQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  getQuerySegmentInfo(argument: _milvus_proto_milvus_GetQuerySegmentInfoRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  GetRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  GetRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  GetRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  getRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  getRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  getRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  getRefreshExternalCollectionProgress(argument: _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>): grpc.ClientUnaryCall;
  
  GetReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  GetReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  GetReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  GetReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  getReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  getReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  getReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  getReplicas(argument: _milvus_proto_milvus_GetReplicasRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicasResponse__Output>): grpc.ClientUnaryCall;
  
  GetReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  GetReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  GetReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  GetReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  getReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  getReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  getReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  getReplicateConfiguration(argument: _milvus_proto_milvus_GetReplicateConfigurationRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateConfigurationResponse__Output>): grpc.ClientUnaryCall;
  
  GetReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  GetReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  GetReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  GetReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  getReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  getReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  getReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  getReplicateInfo(argument: _milvus_proto_milvus_GetReplicateInfoRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetReplicateInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  GetRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  GetRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  GetRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  getRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  getRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  getRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  getRestoreSnapshotState(argument: _milvus_proto_milvus_GetRestoreSnapshotStateRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>): grpc.ClientUnaryCall;
  
  GetUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  GetUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  GetUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  GetUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  getUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  getUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  getUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  getUserTags(argument: _milvus_proto_milvus_GetUserTagsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetUserTagsResponse__Output>): grpc.ClientUnaryCall;
  
  GetVersion(argument: _milvus_proto_milvus_GetVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  GetVersion(argument: _milvus_proto_milvus_GetVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  GetVersion(argument: _milvus_proto_milvus_GetVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  GetVersion(argument: _milvus_proto_milvus_GetVersionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  getVersion(argument: _milvus_proto_milvus_GetVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  getVersion(argument: _milvus_proto_milvus_GetVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  getVersion(argument: _milvus_proto_milvus_GetVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  getVersion(argument: _milvus_proto_milvus_GetVersionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_GetVersionResponse__Output>): grpc.ClientUnaryCall;
  
  HasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  HasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  HasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  HasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasCollection(argument: _milvus_proto_milvus_HasCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  
  HasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  HasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  HasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  HasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  hasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  hasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  hasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  hasNamespace(argument: _milvus_proto_milvus_HasNamespaceRequest, callback: grpc.requestCallback<_milvus_proto_milvus_HasNamespaceResponse__Output>): grpc.ClientUnaryCall;
  
  HasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  HasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  HasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  HasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  hasPartition(argument: _milvus_proto_milvus_HasPartitionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_BoolResponse__Output>): grpc.ClientUnaryCall;
  
  HybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  HybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  HybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  HybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  hybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  hybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  hybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  hybridSearch(argument: _milvus_proto_milvus_HybridSearchRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  
  Import(argument: _milvus_proto_milvus_ImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  Import(argument: _milvus_proto_milvus_ImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  Import(argument: _milvus_proto_milvus_ImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  Import(argument: _milvus_proto_milvus_ImportRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  import(argument: _milvus_proto_milvus_ImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  import(argument: _milvus_proto_milvus_ImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  import(argument: _milvus_proto_milvus_ImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  import(argument: _milvus_proto_milvus_ImportRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ImportResponse__Output>): grpc.ClientUnaryCall;
  
  Insert(argument: _milvus_proto_milvus_InsertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Insert(argument: _milvus_proto_milvus_InsertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Insert(argument: _milvus_proto_milvus_InsertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Insert(argument: _milvus_proto_milvus_InsertRequest, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  insert(argument: _milvus_proto_milvus_InsertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  insert(argument: _milvus_proto_milvus_InsertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  insert(argument: _milvus_proto_milvus_InsertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  insert(argument: _milvus_proto_milvus_InsertRequest, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  
  ListAliases(argument: _milvus_proto_milvus_ListAliasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  ListAliases(argument: _milvus_proto_milvus_ListAliasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  ListAliases(argument: _milvus_proto_milvus_ListAliasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  ListAliases(argument: _milvus_proto_milvus_ListAliasesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  listAliases(argument: _milvus_proto_milvus_ListAliasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  listAliases(argument: _milvus_proto_milvus_ListAliasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  listAliases(argument: _milvus_proto_milvus_ListAliasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  listAliases(argument: _milvus_proto_milvus_ListAliasesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListAliasesResponse__Output>): grpc.ClientUnaryCall;
  
  ListCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  ListCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  ListCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  ListCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  listCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  listCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  listCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  listCredUsers(argument: _milvus_proto_milvus_ListCredUsersRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListCredUsersResponse__Output>): grpc.ClientUnaryCall;
  
  ListDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  ListDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  ListDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  ListDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  listDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  listDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  listDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  listDatabases(argument: _milvus_proto_milvus_ListDatabasesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListDatabasesResponse__Output>): grpc.ClientUnaryCall;
  
  ListFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  ListFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  ListFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  ListFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  listFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  listFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  listFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  listFileResources(argument: _milvus_proto_milvus_ListFileResourcesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListFileResourcesResponse__Output>): grpc.ClientUnaryCall;
  
  ListImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  ListImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  ListImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  ListImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  listImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  listImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  listImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  listImportTasks(argument: _milvus_proto_milvus_ListImportTasksRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListImportTasksResponse__Output>): grpc.ClientUnaryCall;
  
  ListIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  ListIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  ListIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  ListIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  listIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  listIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  listIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  listIndexedSegment(argument: _milvus_proto_feder_ListIndexedSegmentRequest, callback: grpc.requestCallback<_milvus_proto_feder_ListIndexedSegmentResponse__Output>): grpc.ClientUnaryCall;
  
  ListNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _milvus_proto_milvus_ListNamespacesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  
  ListPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPrivilegeGroups(argument: _milvus_proto_milvus_ListPrivilegeGroupsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  ListRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  listRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  listRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  listRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  listRefreshExternalCollectionJobs(argument: _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  listResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  listResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  listResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  listResourceGroups(argument: _milvus_proto_milvus_ListResourceGroupsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListResourceGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  ListRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  ListRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  ListRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  listRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  listRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  listRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  listRestoreSnapshotJobs(argument: _milvus_proto_milvus_ListRestoreSnapshotJobsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listRowPolicies(argument: _milvus_proto_milvus_ListRowPoliciesRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListRowPoliciesResponse__Output>): grpc.ClientUnaryCall;
  
  ListSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  ListSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  ListSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  ListSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  listSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  listSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  listSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  listSnapshots(argument: _milvus_proto_milvus_ListSnapshotsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListSnapshotsResponse__Output>): grpc.ClientUnaryCall;
  
  ListUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  ListUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  ListUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  ListUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  listUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  listUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  listUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  listUsersWithTag(argument: _milvus_proto_milvus_ListUsersWithTagRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ListUsersWithTagResponse__Output>): grpc.ClientUnaryCall;
  
  LoadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadBalance(argument: _milvus_proto_milvus_LoadBalanceRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  LoadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadCollection(argument: _milvus_proto_milvus_LoadCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  LoadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  LoadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  loadPartitions(argument: _milvus_proto_milvus_LoadPartitionsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  ManualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  ManualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  ManualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  ManualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  manualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  manualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  manualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  manualCompaction(argument: _milvus_proto_milvus_ManualCompactionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ManualCompactionResponse__Output>): grpc.ClientUnaryCall;
  
  OperatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilege(argument: _milvus_proto_milvus_OperatePrivilegeRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  OperatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeGroup(argument: _milvus_proto_milvus_OperatePrivilegeGroupRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  OperatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operatePrivilegeV2(argument: _milvus_proto_milvus_OperatePrivilegeV2Request, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  OperateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  OperateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  operateUserRole(argument: _milvus_proto_milvus_OperateUserRoleRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  PinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  PinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  PinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  PinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  pinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  pinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  pinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  pinSnapshotData(argument: _milvus_proto_milvus_PinSnapshotDataRequest, callback: grpc.requestCallback<_milvus_proto_milvus_PinSnapshotDataResponse__Output>): grpc.ClientUnaryCall;
  
  Prewarm(argument: _milvus_proto_milvus_PrewarmRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  Prewarm(argument: _milvus_proto_milvus_PrewarmRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  Prewarm(argument: _milvus_proto_milvus_PrewarmRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  Prewarm(argument: _milvus_proto_milvus_PrewarmRequest, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  prewarm(argument: _milvus_proto_milvus_PrewarmRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  prewarm(argument: _milvus_proto_milvus_PrewarmRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  prewarm(argument: _milvus_proto_milvus_PrewarmRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  prewarm(argument: _milvus_proto_milvus_PrewarmRequest, callback: grpc.requestCallback<_milvus_proto_milvus_PrewarmResponse__Output>): grpc.ClientUnaryCall;
  
  Query(argument: _milvus_proto_milvus_QueryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  Query(argument: _milvus_proto_milvus_QueryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  Query(argument: _milvus_proto_milvus_QueryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  Query(argument: _milvus_proto_milvus_QueryRequest, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  query(argument: _milvus_proto_milvus_QueryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  query(argument: _milvus_proto_milvus_QueryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  query(argument: _milvus_proto_milvus_QueryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  query(argument: _milvus_proto_milvus_QueryRequest, callback: grpc.requestCallback<_milvus_proto_milvus_QueryResults__Output>): grpc.ClientUnaryCall;
  
  RefreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  RefreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  RefreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  RefreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  refreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  refreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  refreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  refreshExternalCollection(argument: _milvus_proto_milvus_RefreshExternalCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RefreshExternalCollectionResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterLink(argument: _milvus_proto_milvus_RegisterLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  RegisterLink(argument: _milvus_proto_milvus_RegisterLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  RegisterLink(argument: _milvus_proto_milvus_RegisterLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  RegisterLink(argument: _milvus_proto_milvus_RegisterLinkRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  registerLink(argument: _milvus_proto_milvus_RegisterLinkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  registerLink(argument: _milvus_proto_milvus_RegisterLinkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  registerLink(argument: _milvus_proto_milvus_RegisterLinkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  registerLink(argument: _milvus_proto_milvus_RegisterLinkRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RegisterLinkResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  ReleaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  ReleaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  ReleaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releaseCollection(argument: _milvus_proto_milvus_ReleaseCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  ReleasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  ReleasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  ReleasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  ReleasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  releasePartitions(argument: _milvus_proto_milvus_ReleasePartitionsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  RemoveFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RemoveFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RemoveFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RemoveFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  removeFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  removeFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  removeFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  removeFileResource(argument: _milvus_proto_milvus_RemoveFileResourceRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  RenameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RenameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RenameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RenameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  renameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  renameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  renameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  renameCollection(argument: _milvus_proto_milvus_RenameCollectionRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  ReplicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  ReplicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  ReplicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  ReplicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  replicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  replicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  replicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  replicateMessage(argument: _milvus_proto_milvus_ReplicateMessageRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ReplicateMessageResponse__Output>): grpc.ClientUnaryCall;
  
  RestoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  RestoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  RestoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  RestoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreExternalSnapshot(argument: _milvus_proto_milvus_RestoreExternalSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>): grpc.ClientUnaryCall;
  
  RestoreRBAC(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RestoreRBAC(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RestoreRBAC(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  RestoreRBAC(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  restoreRbac(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  restoreRbac(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  restoreRbac(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  restoreRbac(argument: _milvus_proto_milvus_RestoreRBACMetaRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  RestoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  RestoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  RestoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  RestoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  restoreSnapshot(argument: _milvus_proto_milvus_RestoreSnapshotRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RestoreSnapshotResponse__Output>): grpc.ClientUnaryCall;
  
  RunAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  RunAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  RunAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  RunAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  runAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  runAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  runAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  runAnalyzer(argument: _milvus_proto_milvus_RunAnalyzerRequest, callback: grpc.requestCallback<_milvus_proto_milvus_RunAnalyzerResponse__Output>): grpc.ClientUnaryCall;
  
  Search(argument: _milvus_proto_milvus_SearchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  Search(argument: _milvus_proto_milvus_SearchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  Search(argument: _milvus_proto_milvus_SearchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  Search(argument: _milvus_proto_milvus_SearchRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  search(argument: _milvus_proto_milvus_SearchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  search(argument: _milvus_proto_milvus_SearchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  search(argument: _milvus_proto_milvus_SearchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  search(argument: _milvus_proto_milvus_SearchRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SearchResults__Output>): grpc.ClientUnaryCall;
  
  SelectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  SelectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  SelectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  SelectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  selectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  selectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  selectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  selectGrant(argument: _milvus_proto_milvus_SelectGrantRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SelectGrantResponse__Output>): grpc.ClientUnaryCall;
  
  SelectRole(argument: _milvus_proto_milvus_SelectRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  SelectRole(argument: _milvus_proto_milvus_SelectRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  SelectRole(argument: _milvus_proto_milvus_SelectRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  SelectRole(argument: _milvus_proto_milvus_SelectRoleRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  selectRole(argument: _milvus_proto_milvus_SelectRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  selectRole(argument: _milvus_proto_milvus_SelectRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  selectRole(argument: _milvus_proto_milvus_SelectRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  selectRole(argument: _milvus_proto_milvus_SelectRoleRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SelectRoleResponse__Output>): grpc.ClientUnaryCall;
  
  SelectUser(argument: _milvus_proto_milvus_SelectUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  SelectUser(argument: _milvus_proto_milvus_SelectUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  SelectUser(argument: _milvus_proto_milvus_SelectUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  SelectUser(argument: _milvus_proto_milvus_SelectUserRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  selectUser(argument: _milvus_proto_milvus_SelectUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  selectUser(argument: _milvus_proto_milvus_SelectUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  selectUser(argument: _milvus_proto_milvus_SelectUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  selectUser(argument: _milvus_proto_milvus_SelectUserRequest, callback: grpc.requestCallback<_milvus_proto_milvus_SelectUserResponse__Output>): grpc.ClientUnaryCall;
  
  ShowCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  ShowCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  ShowCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  ShowCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  showCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  showCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  showCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  showCollections(argument: _milvus_proto_milvus_ShowCollectionsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ShowCollectionsResponse__Output>): grpc.ClientUnaryCall;
  
  ShowPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  ShowPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  ShowPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  ShowPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  showPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  showPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  showPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  showPartitions(argument: _milvus_proto_milvus_ShowPartitionsRequest, callback: grpc.requestCallback<_milvus_proto_milvus_ShowPartitionsResponse__Output>): grpc.ClientUnaryCall;
  
  TransferNode(argument: _milvus_proto_milvus_TransferNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  TransferNode(argument: _milvus_proto_milvus_TransferNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  TransferNode(argument: _milvus_proto_milvus_TransferNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  TransferNode(argument: _milvus_proto_milvus_TransferNodeRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferNode(argument: _milvus_proto_milvus_TransferNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferNode(argument: _milvus_proto_milvus_TransferNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferNode(argument: _milvus_proto_milvus_TransferNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferNode(argument: _milvus_proto_milvus_TransferNodeRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  TransferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  TransferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  TransferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  TransferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  transferReplica(argument: _milvus_proto_milvus_TransferReplicaRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  TruncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  TruncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  TruncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  TruncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  truncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  truncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  truncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  truncateCollection(argument: _milvus_proto_milvus_TruncateCollectionRequest, callback: grpc.requestCallback<_milvus_proto_milvus_TruncateCollectionResponse__Output>): grpc.ClientUnaryCall;
  
  UnpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UnpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UnpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UnpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  unpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  unpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  unpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  unpinSnapshotData(argument: _milvus_proto_milvus_UnpinSnapshotDataRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  UpdateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateCredential(argument: _milvus_proto_milvus_UpdateCredentialRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  UpdateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateReplicateConfiguration(argument: _milvus_proto_milvus_UpdateReplicateConfigurationRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  UpdateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  UpdateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  updateResourceGroups(argument: _milvus_proto_milvus_UpdateResourceGroupsRequest, callback: grpc.requestCallback<_milvus_proto_common_Status__Output>): grpc.ClientUnaryCall;
  
  Upsert(argument: _milvus_proto_milvus_UpsertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Upsert(argument: _milvus_proto_milvus_UpsertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Upsert(argument: _milvus_proto_milvus_UpsertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  Upsert(argument: _milvus_proto_milvus_UpsertRequest, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  upsert(argument: _milvus_proto_milvus_UpsertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  upsert(argument: _milvus_proto_milvus_UpsertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  upsert(argument: _milvus_proto_milvus_UpsertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  upsert(argument: _milvus_proto_milvus_UpsertRequest, callback: grpc.requestCallback<_milvus_proto_milvus_MutationResult__Output>): grpc.ClientUnaryCall;
  
}

export interface MilvusServiceHandlers extends grpc.UntypedServiceImplementation {
  AddCollectionField: grpc.handleUnaryCall<_milvus_proto_milvus_AddCollectionFieldRequest__Output, _milvus_proto_common_Status>;
  
  AddCollectionFunction: grpc.handleUnaryCall<_milvus_proto_milvus_AddCollectionFunctionRequest__Output, _milvus_proto_common_Status>;
  
  AddCollectionStructField: grpc.handleUnaryCall<_milvus_proto_milvus_AddCollectionStructFieldRequest__Output, _milvus_proto_common_Status>;
  
  AddFileResource: grpc.handleUnaryCall<_milvus_proto_milvus_AddFileResourceRequest__Output, _milvus_proto_common_Status>;
  
  AddUserTags: grpc.handleUnaryCall<_milvus_proto_milvus_AddUserTagsRequest__Output, _milvus_proto_common_Status>;
  
  AllocTimestamp: grpc.handleUnaryCall<_milvus_proto_milvus_AllocTimestampRequest__Output, _milvus_proto_milvus_AllocTimestampResponse>;
  
  AlterAlias: grpc.handleUnaryCall<_milvus_proto_milvus_AlterAliasRequest__Output, _milvus_proto_common_Status>;
  
  AlterCollection: grpc.handleUnaryCall<_milvus_proto_milvus_AlterCollectionRequest__Output, _milvus_proto_common_Status>;
  
  AlterCollectionField: grpc.handleUnaryCall<_milvus_proto_milvus_AlterCollectionFieldRequest__Output, _milvus_proto_common_Status>;
  
  AlterCollectionFunction: grpc.handleUnaryCall<_milvus_proto_milvus_AlterCollectionFunctionRequest__Output, _milvus_proto_common_Status>;
  
  AlterCollectionSchema: grpc.handleUnaryCall<_milvus_proto_milvus_AlterCollectionSchemaRequest__Output, _milvus_proto_milvus_AlterCollectionSchemaResponse>;
  
  AlterDatabase: grpc.handleUnaryCall<_milvus_proto_milvus_AlterDatabaseRequest__Output, _milvus_proto_common_Status>;
  
  AlterIndex: grpc.handleUnaryCall<_milvus_proto_milvus_AlterIndexRequest__Output, _milvus_proto_common_Status>;
  
  AlterRole: grpc.handleUnaryCall<_milvus_proto_milvus_AlterRoleRequest__Output, _milvus_proto_common_Status>;
  
  BackupRBAC: grpc.handleUnaryCall<_milvus_proto_milvus_BackupRBACMetaRequest__Output, _milvus_proto_milvus_BackupRBACMetaResponse>;
  
  BatchDescribeCollection: grpc.handleUnaryCall<_milvus_proto_milvus_BatchDescribeCollectionRequest__Output, _milvus_proto_milvus_BatchDescribeCollectionResponse>;
  
  BatchUpdateManifest: grpc.handleUnaryCall<_milvus_proto_milvus_BatchUpdateManifestRequest__Output, _milvus_proto_common_Status>;
  
  CalcDistance: grpc.handleUnaryCall<_milvus_proto_milvus_CalcDistanceRequest__Output, _milvus_proto_milvus_CalcDistanceResults>;
  
  CheckHealth: grpc.handleUnaryCall<_milvus_proto_milvus_CheckHealthRequest__Output, _milvus_proto_milvus_CheckHealthResponse>;
  
  ComputePhraseMatchSlop: grpc.handleUnaryCall<_milvus_proto_milvus_ComputePhraseMatchSlopRequest__Output, _milvus_proto_milvus_ComputePhraseMatchSlopResponse>;
  
  Connect: grpc.handleUnaryCall<_milvus_proto_milvus_ConnectRequest__Output, _milvus_proto_milvus_ConnectResponse>;
  
  CreateAlias: grpc.handleUnaryCall<_milvus_proto_milvus_CreateAliasRequest__Output, _milvus_proto_common_Status>;
  
  CreateCollection: grpc.handleUnaryCall<_milvus_proto_milvus_CreateCollectionRequest__Output, _milvus_proto_common_Status>;
  
  CreateCredential: grpc.handleUnaryCall<_milvus_proto_milvus_CreateCredentialRequest__Output, _milvus_proto_common_Status>;
  
  CreateDatabase: grpc.handleUnaryCall<_milvus_proto_milvus_CreateDatabaseRequest__Output, _milvus_proto_common_Status>;
  
  CreateIndex: grpc.handleUnaryCall<_milvus_proto_milvus_CreateIndexRequest__Output, _milvus_proto_common_Status>;
  
  CreateNamespace: grpc.handleUnaryCall<_milvus_proto_milvus_CreateNamespaceRequest__Output, _milvus_proto_milvus_CreateNamespaceResponse>;
  
  CreatePartition: grpc.handleUnaryCall<_milvus_proto_milvus_CreatePartitionRequest__Output, _milvus_proto_common_Status>;
  
  CreatePrivilegeGroup: grpc.handleUnaryCall<_milvus_proto_milvus_CreatePrivilegeGroupRequest__Output, _milvus_proto_common_Status>;
  
  CreateReplicateStream: grpc.handleBidiStreamingCall<_milvus_proto_milvus_ReplicateRequest__Output, _milvus_proto_milvus_ReplicateResponse>;
  
  CreateResourceGroup: grpc.handleUnaryCall<_milvus_proto_milvus_CreateResourceGroupRequest__Output, _milvus_proto_common_Status>;
  
  CreateRole: grpc.handleUnaryCall<_milvus_proto_milvus_CreateRoleRequest__Output, _milvus_proto_common_Status>;
  
  CreateRowPolicy: grpc.handleUnaryCall<_milvus_proto_milvus_CreateRowPolicyRequest__Output, _milvus_proto_common_Status>;
  
  CreateSnapshot: grpc.handleUnaryCall<_milvus_proto_milvus_CreateSnapshotRequest__Output, _milvus_proto_common_Status>;
  
  Delete: grpc.handleUnaryCall<_milvus_proto_milvus_DeleteRequest__Output, _milvus_proto_milvus_MutationResult>;
  
  DeleteCredential: grpc.handleUnaryCall<_milvus_proto_milvus_DeleteCredentialRequest__Output, _milvus_proto_common_Status>;
  
  DeleteUserTags: grpc.handleUnaryCall<_milvus_proto_milvus_DeleteUserTagsRequest__Output, _milvus_proto_common_Status>;
  
  DescribeAlias: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeAliasRequest__Output, _milvus_proto_milvus_DescribeAliasResponse>;
  
  DescribeCollection: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeCollectionRequest__Output, _milvus_proto_milvus_DescribeCollectionResponse>;
  
  DescribeDatabase: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeDatabaseRequest__Output, _milvus_proto_milvus_DescribeDatabaseResponse>;
  
  DescribeIndex: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeIndexRequest__Output, _milvus_proto_milvus_DescribeIndexResponse>;
  
  DescribeNamespace: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeNamespaceRequest__Output, _milvus_proto_milvus_DescribeNamespaceResponse>;
  
  DescribePrewarmTask: grpc.handleUnaryCall<_milvus_proto_milvus_DescribePrewarmTaskRequest__Output, _milvus_proto_milvus_DescribePrewarmTaskResponse>;
  
  DescribeResourceGroup: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeResourceGroupRequest__Output, _milvus_proto_milvus_DescribeResourceGroupResponse>;
  
  DescribeSegmentIndexData: grpc.handleUnaryCall<_milvus_proto_feder_DescribeSegmentIndexDataRequest__Output, _milvus_proto_feder_DescribeSegmentIndexDataResponse>;
  
  DescribeSnapshot: grpc.handleUnaryCall<_milvus_proto_milvus_DescribeSnapshotRequest__Output, _milvus_proto_milvus_DescribeSnapshotResponse>;
  
  DropAlias: grpc.handleUnaryCall<_milvus_proto_milvus_DropAliasRequest__Output, _milvus_proto_common_Status>;
  
  DropCollection: grpc.handleUnaryCall<_milvus_proto_milvus_DropCollectionRequest__Output, _milvus_proto_common_Status>;
  
  DropCollectionFunction: grpc.handleUnaryCall<_milvus_proto_milvus_DropCollectionFunctionRequest__Output, _milvus_proto_common_Status>;
  
  DropDatabase: grpc.handleUnaryCall<_milvus_proto_milvus_DropDatabaseRequest__Output, _milvus_proto_common_Status>;
  
  DropIndex: grpc.handleUnaryCall<_milvus_proto_milvus_DropIndexRequest__Output, _milvus_proto_common_Status>;
  
  DropNamespace: grpc.handleUnaryCall<_milvus_proto_milvus_DropNamespaceRequest__Output, _milvus_proto_milvus_DropNamespaceResponse>;
  
  DropPartition: grpc.handleUnaryCall<_milvus_proto_milvus_DropPartitionRequest__Output, _milvus_proto_common_Status>;
  
  DropPrivilegeGroup: grpc.handleUnaryCall<_milvus_proto_milvus_DropPrivilegeGroupRequest__Output, _milvus_proto_common_Status>;
  
  DropResourceGroup: grpc.handleUnaryCall<_milvus_proto_milvus_DropResourceGroupRequest__Output, _milvus_proto_common_Status>;
  
  DropRole: grpc.handleUnaryCall<_milvus_proto_milvus_DropRoleRequest__Output, _milvus_proto_common_Status>;
  
  DropRowPolicy: grpc.handleUnaryCall<_milvus_proto_milvus_DropRowPolicyRequest__Output, _milvus_proto_common_Status>;
  
  DropSnapshot: grpc.handleUnaryCall<_milvus_proto_milvus_DropSnapshotRequest__Output, _milvus_proto_common_Status>;
  
  Dummy: grpc.handleUnaryCall<_milvus_proto_milvus_DummyRequest__Output, _milvus_proto_milvus_DummyResponse>;
  
  DumpMessages: grpc.handleServerStreamingCall<_milvus_proto_milvus_DumpMessagesRequest__Output, _milvus_proto_milvus_DumpMessagesResponse>;
  
  ExportSnapshot: grpc.handleUnaryCall<_milvus_proto_milvus_ExportSnapshotRequest__Output, _milvus_proto_milvus_ExportSnapshotResponse>;
  
  Flush: grpc.handleUnaryCall<_milvus_proto_milvus_FlushRequest__Output, _milvus_proto_milvus_FlushResponse>;
  
  FlushAll: grpc.handleUnaryCall<_milvus_proto_milvus_FlushAllRequest__Output, _milvus_proto_milvus_FlushAllResponse>;
  
  GetCollectionStatistics: grpc.handleUnaryCall<_milvus_proto_milvus_GetCollectionStatisticsRequest__Output, _milvus_proto_milvus_GetCollectionStatisticsResponse>;
  
  GetCompactionState: grpc.handleUnaryCall<_milvus_proto_milvus_GetCompactionStateRequest__Output, _milvus_proto_milvus_GetCompactionStateResponse>;
  
  GetCompactionStateWithPlans: grpc.handleUnaryCall<_milvus_proto_milvus_GetCompactionPlansRequest__Output, _milvus_proto_milvus_GetCompactionPlansResponse>;
  
  GetComponentStates: grpc.handleUnaryCall<_milvus_proto_milvus_GetComponentStatesRequest__Output, _milvus_proto_milvus_ComponentStates>;
  
  GetFlushAllState: grpc.handleUnaryCall<_milvus_proto_milvus_GetFlushAllStateRequest__Output, _milvus_proto_milvus_GetFlushAllStateResponse>;
  
  GetFlushState: grpc.handleUnaryCall<_milvus_proto_milvus_GetFlushStateRequest__Output, _milvus_proto_milvus_GetFlushStateResponse>;
  
  GetImportState: grpc.handleUnaryCall<_milvus_proto_milvus_GetImportStateRequest__Output, _milvus_proto_milvus_GetImportStateResponse>;
  
  GetIndexBuildProgress: grpc.handleUnaryCall<_milvus_proto_milvus_GetIndexBuildProgressRequest__Output, _milvus_proto_milvus_GetIndexBuildProgressResponse>;
  
  GetIndexState: grpc.handleUnaryCall<_milvus_proto_milvus_GetIndexStateRequest__Output, _milvus_proto_milvus_GetIndexStateResponse>;
  
  GetIndexStatistics: grpc.handleUnaryCall<_milvus_proto_milvus_GetIndexStatisticsRequest__Output, _milvus_proto_milvus_GetIndexStatisticsResponse>;
  
  GetLoadState: grpc.handleUnaryCall<_milvus_proto_milvus_GetLoadStateRequest__Output, _milvus_proto_milvus_GetLoadStateResponse>;
  
  GetLoadingProgress: grpc.handleUnaryCall<_milvus_proto_milvus_GetLoadingProgressRequest__Output, _milvus_proto_milvus_GetLoadingProgressResponse>;
  
  GetMetrics: grpc.handleUnaryCall<_milvus_proto_milvus_GetMetricsRequest__Output, _milvus_proto_milvus_GetMetricsResponse>;
  
  GetNamespaceStats: grpc.handleUnaryCall<_milvus_proto_milvus_GetNamespaceStatsRequest__Output, _milvus_proto_milvus_GetNamespaceStatsResponse>;
  
  GetPartitionStatistics: grpc.handleUnaryCall<_milvus_proto_milvus_GetPartitionStatisticsRequest__Output, _milvus_proto_milvus_GetPartitionStatisticsResponse>;
  
  GetPersistentSegmentInfo: grpc.handleUnaryCall<_milvus_proto_milvus_GetPersistentSegmentInfoRequest__Output, _milvus_proto_milvus_GetPersistentSegmentInfoResponse>;
  
  GetQuerySegmentInfo: grpc.handleUnaryCall<_milvus_proto_milvus_GetQuerySegmentInfoRequest__Output, _milvus_proto_milvus_GetQuerySegmentInfoResponse>;
  
  GetRefreshExternalCollectionProgress: grpc.handleUnaryCall<_milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest__Output, _milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse>;
  
  GetReplicas: grpc.handleUnaryCall<_milvus_proto_milvus_GetReplicasRequest__Output, _milvus_proto_milvus_GetReplicasResponse>;
  
  GetReplicateConfiguration: grpc.handleUnaryCall<_milvus_proto_milvus_GetReplicateConfigurationRequest__Output, _milvus_proto_milvus_GetReplicateConfigurationResponse>;
  
  GetReplicateInfo: grpc.handleUnaryCall<_milvus_proto_milvus_GetReplicateInfoRequest__Output, _milvus_proto_milvus_GetReplicateInfoResponse>;
  
  GetRestoreSnapshotState: grpc.handleUnaryCall<_milvus_proto_milvus_GetRestoreSnapshotStateRequest__Output, _milvus_proto_milvus_GetRestoreSnapshotStateResponse>;
  
  GetUserTags: grpc.handleUnaryCall<_milvus_proto_milvus_GetUserTagsRequest__Output, _milvus_proto_milvus_GetUserTagsResponse>;
  
  GetVersion: grpc.handleUnaryCall<_milvus_proto_milvus_GetVersionRequest__Output, _milvus_proto_milvus_GetVersionResponse>;
  
  HasCollection: grpc.handleUnaryCall<_milvus_proto_milvus_HasCollectionRequest__Output, _milvus_proto_milvus_BoolResponse>;
  
  HasNamespace: grpc.handleUnaryCall<_milvus_proto_milvus_HasNamespaceRequest__Output, _milvus_proto_milvus_HasNamespaceResponse>;
  
  HasPartition: grpc.handleUnaryCall<_milvus_proto_milvus_HasPartitionRequest__Output, _milvus_proto_milvus_BoolResponse>;
  
  HybridSearch: grpc.handleUnaryCall<_milvus_proto_milvus_HybridSearchRequest__Output, _milvus_proto_milvus_SearchResults>;
  
  Import: grpc.handleUnaryCall<_milvus_proto_milvus_ImportRequest__Output, _milvus_proto_milvus_ImportResponse>;
  
  Insert: grpc.handleUnaryCall<_milvus_proto_milvus_InsertRequest__Output, _milvus_proto_milvus_MutationResult>;
  
  ListAliases: grpc.handleUnaryCall<_milvus_proto_milvus_ListAliasesRequest__Output, _milvus_proto_milvus_ListAliasesResponse>;
  
  ListCredUsers: grpc.handleUnaryCall<_milvus_proto_milvus_ListCredUsersRequest__Output, _milvus_proto_milvus_ListCredUsersResponse>;
  
  ListDatabases: grpc.handleUnaryCall<_milvus_proto_milvus_ListDatabasesRequest__Output, _milvus_proto_milvus_ListDatabasesResponse>;
  
  ListFileResources: grpc.handleUnaryCall<_milvus_proto_milvus_ListFileResourcesRequest__Output, _milvus_proto_milvus_ListFileResourcesResponse>;
  
  ListImportTasks: grpc.handleUnaryCall<_milvus_proto_milvus_ListImportTasksRequest__Output, _milvus_proto_milvus_ListImportTasksResponse>;
  
  ListIndexedSegment: grpc.handleUnaryCall<_milvus_proto_feder_ListIndexedSegmentRequest__Output, _milvus_proto_feder_ListIndexedSegmentResponse>;
  
  ListNamespaces: grpc.handleUnaryCall<_milvus_proto_milvus_ListNamespacesRequest__Output, _milvus_proto_milvus_ListNamespacesResponse>;
  
  ListPrivilegeGroups: grpc.handleUnaryCall<_milvus_proto_milvus_ListPrivilegeGroupsRequest__Output, _milvus_proto_milvus_ListPrivilegeGroupsResponse>;
  
  ListRefreshExternalCollectionJobs: grpc.handleUnaryCall<_milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest__Output, _milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse>;
  
  ListResourceGroups: grpc.handleUnaryCall<_milvus_proto_milvus_ListResourceGroupsRequest__Output, _milvus_proto_milvus_ListResourceGroupsResponse>;
  
  ListRestoreSnapshotJobs: grpc.handleUnaryCall<_milvus_proto_milvus_ListRestoreSnapshotJobsRequest__Output, _milvus_proto_milvus_ListRestoreSnapshotJobsResponse>;
  
  ListRowPolicies: grpc.handleUnaryCall<_milvus_proto_milvus_ListRowPoliciesRequest__Output, _milvus_proto_milvus_ListRowPoliciesResponse>;
  
  ListSnapshots: grpc.handleUnaryCall<_milvus_proto_milvus_ListSnapshotsRequest__Output, _milvus_proto_milvus_ListSnapshotsResponse>;
  
  ListUsersWithTag: grpc.handleUnaryCall<_milvus_proto_milvus_ListUsersWithTagRequest__Output, _milvus_proto_milvus_ListUsersWithTagResponse>;
  
  LoadBalance: grpc.handleUnaryCall<_milvus_proto_milvus_LoadBalanceRequest__Output, _milvus_proto_common_Status>;
  
  LoadCollection: grpc.handleUnaryCall<_milvus_proto_milvus_LoadCollectionRequest__Output, _milvus_proto_common_Status>;
  
  LoadPartitions: grpc.handleUnaryCall<_milvus_proto_milvus_LoadPartitionsRequest__Output, _milvus_proto_common_Status>;
  
  ManualCompaction: grpc.handleUnaryCall<_milvus_proto_milvus_ManualCompactionRequest__Output, _milvus_proto_milvus_ManualCompactionResponse>;
  
  OperatePrivilege: grpc.handleUnaryCall<_milvus_proto_milvus_OperatePrivilegeRequest__Output, _milvus_proto_common_Status>;
  
  OperatePrivilegeGroup: grpc.handleUnaryCall<_milvus_proto_milvus_OperatePrivilegeGroupRequest__Output, _milvus_proto_common_Status>;
  
  OperatePrivilegeV2: grpc.handleUnaryCall<_milvus_proto_milvus_OperatePrivilegeV2Request__Output, _milvus_proto_common_Status>;
  
  OperateUserRole: grpc.handleUnaryCall<_milvus_proto_milvus_OperateUserRoleRequest__Output, _milvus_proto_common_Status>;
  
  PinSnapshotData: grpc.handleUnaryCall<_milvus_proto_milvus_PinSnapshotDataRequest__Output, _milvus_proto_milvus_PinSnapshotDataResponse>;
  
  Prewarm: grpc.handleUnaryCall<_milvus_proto_milvus_PrewarmRequest__Output, _milvus_proto_milvus_PrewarmResponse>;
  
  Query: grpc.handleUnaryCall<_milvus_proto_milvus_QueryRequest__Output, _milvus_proto_milvus_QueryResults>;
  
  RefreshExternalCollection: grpc.handleUnaryCall<_milvus_proto_milvus_RefreshExternalCollectionRequest__Output, _milvus_proto_milvus_RefreshExternalCollectionResponse>;
  
  RegisterLink: grpc.handleUnaryCall<_milvus_proto_milvus_RegisterLinkRequest__Output, _milvus_proto_milvus_RegisterLinkResponse>;
  
  ReleaseCollection: grpc.handleUnaryCall<_milvus_proto_milvus_ReleaseCollectionRequest__Output, _milvus_proto_common_Status>;
  
  ReleasePartitions: grpc.handleUnaryCall<_milvus_proto_milvus_ReleasePartitionsRequest__Output, _milvus_proto_common_Status>;
  
  RemoveFileResource: grpc.handleUnaryCall<_milvus_proto_milvus_RemoveFileResourceRequest__Output, _milvus_proto_common_Status>;
  
  RenameCollection: grpc.handleUnaryCall<_milvus_proto_milvus_RenameCollectionRequest__Output, _milvus_proto_common_Status>;
  
  ReplicateMessage: grpc.handleUnaryCall<_milvus_proto_milvus_ReplicateMessageRequest__Output, _milvus_proto_milvus_ReplicateMessageResponse>;
  
  RestoreExternalSnapshot: grpc.handleUnaryCall<_milvus_proto_milvus_RestoreExternalSnapshotRequest__Output, _milvus_proto_milvus_RestoreExternalSnapshotResponse>;
  
  RestoreRBAC: grpc.handleUnaryCall<_milvus_proto_milvus_RestoreRBACMetaRequest__Output, _milvus_proto_common_Status>;
  
  RestoreSnapshot: grpc.handleUnaryCall<_milvus_proto_milvus_RestoreSnapshotRequest__Output, _milvus_proto_milvus_RestoreSnapshotResponse>;
  
  RunAnalyzer: grpc.handleUnaryCall<_milvus_proto_milvus_RunAnalyzerRequest__Output, _milvus_proto_milvus_RunAnalyzerResponse>;
  
  Search: grpc.handleUnaryCall<_milvus_proto_milvus_SearchRequest__Output, _milvus_proto_milvus_SearchResults>;
  
  SelectGrant: grpc.handleUnaryCall<_milvus_proto_milvus_SelectGrantRequest__Output, _milvus_proto_milvus_SelectGrantResponse>;
  
  SelectRole: grpc.handleUnaryCall<_milvus_proto_milvus_SelectRoleRequest__Output, _milvus_proto_milvus_SelectRoleResponse>;
  
  SelectUser: grpc.handleUnaryCall<_milvus_proto_milvus_SelectUserRequest__Output, _milvus_proto_milvus_SelectUserResponse>;
  
  ShowCollections: grpc.handleUnaryCall<_milvus_proto_milvus_ShowCollectionsRequest__Output, _milvus_proto_milvus_ShowCollectionsResponse>;
  
  ShowPartitions: grpc.handleUnaryCall<_milvus_proto_milvus_ShowPartitionsRequest__Output, _milvus_proto_milvus_ShowPartitionsResponse>;
  
  TransferNode: grpc.handleUnaryCall<_milvus_proto_milvus_TransferNodeRequest__Output, _milvus_proto_common_Status>;
  
  TransferReplica: grpc.handleUnaryCall<_milvus_proto_milvus_TransferReplicaRequest__Output, _milvus_proto_common_Status>;
  
  TruncateCollection: grpc.handleUnaryCall<_milvus_proto_milvus_TruncateCollectionRequest__Output, _milvus_proto_milvus_TruncateCollectionResponse>;
  
  UnpinSnapshotData: grpc.handleUnaryCall<_milvus_proto_milvus_UnpinSnapshotDataRequest__Output, _milvus_proto_common_Status>;
  
  UpdateCredential: grpc.handleUnaryCall<_milvus_proto_milvus_UpdateCredentialRequest__Output, _milvus_proto_common_Status>;
  
  UpdateReplicateConfiguration: grpc.handleUnaryCall<_milvus_proto_milvus_UpdateReplicateConfigurationRequest__Output, _milvus_proto_common_Status>;
  
  UpdateResourceGroups: grpc.handleUnaryCall<_milvus_proto_milvus_UpdateResourceGroupsRequest__Output, _milvus_proto_common_Status>;
  
  Upsert: grpc.handleUnaryCall<_milvus_proto_milvus_UpsertRequest__Output, _milvus_proto_milvus_MutationResult>;
  
}

export interface MilvusServiceDefinition extends grpc.ServiceDefinition {
  AddCollectionField: MethodDefinition<_milvus_proto_milvus_AddCollectionFieldRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AddCollectionFieldRequest__Output, _milvus_proto_common_Status__Output>
  AddCollectionFunction: MethodDefinition<_milvus_proto_milvus_AddCollectionFunctionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AddCollectionFunctionRequest__Output, _milvus_proto_common_Status__Output>
  AddCollectionStructField: MethodDefinition<_milvus_proto_milvus_AddCollectionStructFieldRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AddCollectionStructFieldRequest__Output, _milvus_proto_common_Status__Output>
  AddFileResource: MethodDefinition<_milvus_proto_milvus_AddFileResourceRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AddFileResourceRequest__Output, _milvus_proto_common_Status__Output>
  AddUserTags: MethodDefinition<_milvus_proto_milvus_AddUserTagsRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AddUserTagsRequest__Output, _milvus_proto_common_Status__Output>
  AllocTimestamp: MethodDefinition<_milvus_proto_milvus_AllocTimestampRequest, _milvus_proto_milvus_AllocTimestampResponse, _milvus_proto_milvus_AllocTimestampRequest__Output, _milvus_proto_milvus_AllocTimestampResponse__Output>
  AlterAlias: MethodDefinition<_milvus_proto_milvus_AlterAliasRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterAliasRequest__Output, _milvus_proto_common_Status__Output>
  AlterCollection: MethodDefinition<_milvus_proto_milvus_AlterCollectionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterCollectionRequest__Output, _milvus_proto_common_Status__Output>
  AlterCollectionField: MethodDefinition<_milvus_proto_milvus_AlterCollectionFieldRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterCollectionFieldRequest__Output, _milvus_proto_common_Status__Output>
  AlterCollectionFunction: MethodDefinition<_milvus_proto_milvus_AlterCollectionFunctionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterCollectionFunctionRequest__Output, _milvus_proto_common_Status__Output>
  AlterCollectionSchema: MethodDefinition<_milvus_proto_milvus_AlterCollectionSchemaRequest, _milvus_proto_milvus_AlterCollectionSchemaResponse, _milvus_proto_milvus_AlterCollectionSchemaRequest__Output, _milvus_proto_milvus_AlterCollectionSchemaResponse__Output>
  AlterDatabase: MethodDefinition<_milvus_proto_milvus_AlterDatabaseRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterDatabaseRequest__Output, _milvus_proto_common_Status__Output>
  AlterIndex: MethodDefinition<_milvus_proto_milvus_AlterIndexRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterIndexRequest__Output, _milvus_proto_common_Status__Output>
  AlterRole: MethodDefinition<_milvus_proto_milvus_AlterRoleRequest, _milvus_proto_common_Status, _milvus_proto_milvus_AlterRoleRequest__Output, _milvus_proto_common_Status__Output>
  BackupRBAC: MethodDefinition<_milvus_proto_milvus_BackupRBACMetaRequest, _milvus_proto_milvus_BackupRBACMetaResponse, _milvus_proto_milvus_BackupRBACMetaRequest__Output, _milvus_proto_milvus_BackupRBACMetaResponse__Output>
  BatchDescribeCollection: MethodDefinition<_milvus_proto_milvus_BatchDescribeCollectionRequest, _milvus_proto_milvus_BatchDescribeCollectionResponse, _milvus_proto_milvus_BatchDescribeCollectionRequest__Output, _milvus_proto_milvus_BatchDescribeCollectionResponse__Output>
  BatchUpdateManifest: MethodDefinition<_milvus_proto_milvus_BatchUpdateManifestRequest, _milvus_proto_common_Status, _milvus_proto_milvus_BatchUpdateManifestRequest__Output, _milvus_proto_common_Status__Output>
  CalcDistance: MethodDefinition<_milvus_proto_milvus_CalcDistanceRequest, _milvus_proto_milvus_CalcDistanceResults, _milvus_proto_milvus_CalcDistanceRequest__Output, _milvus_proto_milvus_CalcDistanceResults__Output>
  CheckHealth: MethodDefinition<_milvus_proto_milvus_CheckHealthRequest, _milvus_proto_milvus_CheckHealthResponse, _milvus_proto_milvus_CheckHealthRequest__Output, _milvus_proto_milvus_CheckHealthResponse__Output>
  ComputePhraseMatchSlop: MethodDefinition<_milvus_proto_milvus_ComputePhraseMatchSlopRequest, _milvus_proto_milvus_ComputePhraseMatchSlopResponse, _milvus_proto_milvus_ComputePhraseMatchSlopRequest__Output, _milvus_proto_milvus_ComputePhraseMatchSlopResponse__Output>
  Connect: MethodDefinition<_milvus_proto_milvus_ConnectRequest, _milvus_proto_milvus_ConnectResponse, _milvus_proto_milvus_ConnectRequest__Output, _milvus_proto_milvus_ConnectResponse__Output>
  CreateAlias: MethodDefinition<_milvus_proto_milvus_CreateAliasRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateAliasRequest__Output, _milvus_proto_common_Status__Output>
  CreateCollection: MethodDefinition<_milvus_proto_milvus_CreateCollectionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateCollectionRequest__Output, _milvus_proto_common_Status__Output>
  CreateCredential: MethodDefinition<_milvus_proto_milvus_CreateCredentialRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateCredentialRequest__Output, _milvus_proto_common_Status__Output>
  CreateDatabase: MethodDefinition<_milvus_proto_milvus_CreateDatabaseRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateDatabaseRequest__Output, _milvus_proto_common_Status__Output>
  CreateIndex: MethodDefinition<_milvus_proto_milvus_CreateIndexRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateIndexRequest__Output, _milvus_proto_common_Status__Output>
  CreateNamespace: MethodDefinition<_milvus_proto_milvus_CreateNamespaceRequest, _milvus_proto_milvus_CreateNamespaceResponse, _milvus_proto_milvus_CreateNamespaceRequest__Output, _milvus_proto_milvus_CreateNamespaceResponse__Output>
  CreatePartition: MethodDefinition<_milvus_proto_milvus_CreatePartitionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreatePartitionRequest__Output, _milvus_proto_common_Status__Output>
  CreatePrivilegeGroup: MethodDefinition<_milvus_proto_milvus_CreatePrivilegeGroupRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreatePrivilegeGroupRequest__Output, _milvus_proto_common_Status__Output>
  CreateReplicateStream: MethodDefinition<_milvus_proto_milvus_ReplicateRequest, _milvus_proto_milvus_ReplicateResponse, _milvus_proto_milvus_ReplicateRequest__Output, _milvus_proto_milvus_ReplicateResponse__Output>
  CreateResourceGroup: MethodDefinition<_milvus_proto_milvus_CreateResourceGroupRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateResourceGroupRequest__Output, _milvus_proto_common_Status__Output>
  CreateRole: MethodDefinition<_milvus_proto_milvus_CreateRoleRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateRoleRequest__Output, _milvus_proto_common_Status__Output>
  CreateRowPolicy: MethodDefinition<_milvus_proto_milvus_CreateRowPolicyRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateRowPolicyRequest__Output, _milvus_proto_common_Status__Output>
  CreateSnapshot: MethodDefinition<_milvus_proto_milvus_CreateSnapshotRequest, _milvus_proto_common_Status, _milvus_proto_milvus_CreateSnapshotRequest__Output, _milvus_proto_common_Status__Output>
  Delete: MethodDefinition<_milvus_proto_milvus_DeleteRequest, _milvus_proto_milvus_MutationResult, _milvus_proto_milvus_DeleteRequest__Output, _milvus_proto_milvus_MutationResult__Output>
  DeleteCredential: MethodDefinition<_milvus_proto_milvus_DeleteCredentialRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DeleteCredentialRequest__Output, _milvus_proto_common_Status__Output>
  DeleteUserTags: MethodDefinition<_milvus_proto_milvus_DeleteUserTagsRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DeleteUserTagsRequest__Output, _milvus_proto_common_Status__Output>
  DescribeAlias: MethodDefinition<_milvus_proto_milvus_DescribeAliasRequest, _milvus_proto_milvus_DescribeAliasResponse, _milvus_proto_milvus_DescribeAliasRequest__Output, _milvus_proto_milvus_DescribeAliasResponse__Output>
  DescribeCollection: MethodDefinition<_milvus_proto_milvus_DescribeCollectionRequest, _milvus_proto_milvus_DescribeCollectionResponse, _milvus_proto_milvus_DescribeCollectionRequest__Output, _milvus_proto_milvus_DescribeCollectionResponse__Output>
  DescribeDatabase: MethodDefinition<_milvus_proto_milvus_DescribeDatabaseRequest, _milvus_proto_milvus_DescribeDatabaseResponse, _milvus_proto_milvus_DescribeDatabaseRequest__Output, _milvus_proto_milvus_DescribeDatabaseResponse__Output>
  DescribeIndex: MethodDefinition<_milvus_proto_milvus_DescribeIndexRequest, _milvus_proto_milvus_DescribeIndexResponse, _milvus_proto_milvus_DescribeIndexRequest__Output, _milvus_proto_milvus_DescribeIndexResponse__Output>
  DescribeNamespace: MethodDefinition<_milvus_proto_milvus_DescribeNamespaceRequest, _milvus_proto_milvus_DescribeNamespaceResponse, _milvus_proto_milvus_DescribeNamespaceRequest__Output, _milvus_proto_milvus_DescribeNamespaceResponse__Output>
  DescribePrewarmTask: MethodDefinition<_milvus_proto_milvus_DescribePrewarmTaskRequest, _milvus_proto_milvus_DescribePrewarmTaskResponse, _milvus_proto_milvus_DescribePrewarmTaskRequest__Output, _milvus_proto_milvus_DescribePrewarmTaskResponse__Output>
  DescribeResourceGroup: MethodDefinition<_milvus_proto_milvus_DescribeResourceGroupRequest, _milvus_proto_milvus_DescribeResourceGroupResponse, _milvus_proto_milvus_DescribeResourceGroupRequest__Output, _milvus_proto_milvus_DescribeResourceGroupResponse__Output>
  DescribeSegmentIndexData: MethodDefinition<_milvus_proto_feder_DescribeSegmentIndexDataRequest, _milvus_proto_feder_DescribeSegmentIndexDataResponse, _milvus_proto_feder_DescribeSegmentIndexDataRequest__Output, _milvus_proto_feder_DescribeSegmentIndexDataResponse__Output>
  DescribeSnapshot: MethodDefinition<_milvus_proto_milvus_DescribeSnapshotRequest, _milvus_proto_milvus_DescribeSnapshotResponse, _milvus_proto_milvus_DescribeSnapshotRequest__Output, _milvus_proto_milvus_DescribeSnapshotResponse__Output>
  DropAlias: MethodDefinition<_milvus_proto_milvus_DropAliasRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropAliasRequest__Output, _milvus_proto_common_Status__Output>
  DropCollection: MethodDefinition<_milvus_proto_milvus_DropCollectionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropCollectionRequest__Output, _milvus_proto_common_Status__Output>
  DropCollectionFunction: MethodDefinition<_milvus_proto_milvus_DropCollectionFunctionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropCollectionFunctionRequest__Output, _milvus_proto_common_Status__Output>
  DropDatabase: MethodDefinition<_milvus_proto_milvus_DropDatabaseRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropDatabaseRequest__Output, _milvus_proto_common_Status__Output>
  DropIndex: MethodDefinition<_milvus_proto_milvus_DropIndexRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropIndexRequest__Output, _milvus_proto_common_Status__Output>
  DropNamespace: MethodDefinition<_milvus_proto_milvus_DropNamespaceRequest, _milvus_proto_milvus_DropNamespaceResponse, _milvus_proto_milvus_DropNamespaceRequest__Output, _milvus_proto_milvus_DropNamespaceResponse__Output>
  DropPartition: MethodDefinition<_milvus_proto_milvus_DropPartitionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropPartitionRequest__Output, _milvus_proto_common_Status__Output>
  DropPrivilegeGroup: MethodDefinition<_milvus_proto_milvus_DropPrivilegeGroupRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropPrivilegeGroupRequest__Output, _milvus_proto_common_Status__Output>
  DropResourceGroup: MethodDefinition<_milvus_proto_milvus_DropResourceGroupRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropResourceGroupRequest__Output, _milvus_proto_common_Status__Output>
  DropRole: MethodDefinition<_milvus_proto_milvus_DropRoleRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropRoleRequest__Output, _milvus_proto_common_Status__Output>
  DropRowPolicy: MethodDefinition<_milvus_proto_milvus_DropRowPolicyRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropRowPolicyRequest__Output, _milvus_proto_common_Status__Output>
  DropSnapshot: MethodDefinition<_milvus_proto_milvus_DropSnapshotRequest, _milvus_proto_common_Status, _milvus_proto_milvus_DropSnapshotRequest__Output, _milvus_proto_common_Status__Output>
  Dummy: MethodDefinition<_milvus_proto_milvus_DummyRequest, _milvus_proto_milvus_DummyResponse, _milvus_proto_milvus_DummyRequest__Output, _milvus_proto_milvus_DummyResponse__Output>
  DumpMessages: MethodDefinition<_milvus_proto_milvus_DumpMessagesRequest, _milvus_proto_milvus_DumpMessagesResponse, _milvus_proto_milvus_DumpMessagesRequest__Output, _milvus_proto_milvus_DumpMessagesResponse__Output>
  ExportSnapshot: MethodDefinition<_milvus_proto_milvus_ExportSnapshotRequest, _milvus_proto_milvus_ExportSnapshotResponse, _milvus_proto_milvus_ExportSnapshotRequest__Output, _milvus_proto_milvus_ExportSnapshotResponse__Output>
  Flush: MethodDefinition<_milvus_proto_milvus_FlushRequest, _milvus_proto_milvus_FlushResponse, _milvus_proto_milvus_FlushRequest__Output, _milvus_proto_milvus_FlushResponse__Output>
  FlushAll: MethodDefinition<_milvus_proto_milvus_FlushAllRequest, _milvus_proto_milvus_FlushAllResponse, _milvus_proto_milvus_FlushAllRequest__Output, _milvus_proto_milvus_FlushAllResponse__Output>
  GetCollectionStatistics: MethodDefinition<_milvus_proto_milvus_GetCollectionStatisticsRequest, _milvus_proto_milvus_GetCollectionStatisticsResponse, _milvus_proto_milvus_GetCollectionStatisticsRequest__Output, _milvus_proto_milvus_GetCollectionStatisticsResponse__Output>
  GetCompactionState: MethodDefinition<_milvus_proto_milvus_GetCompactionStateRequest, _milvus_proto_milvus_GetCompactionStateResponse, _milvus_proto_milvus_GetCompactionStateRequest__Output, _milvus_proto_milvus_GetCompactionStateResponse__Output>
  GetCompactionStateWithPlans: MethodDefinition<_milvus_proto_milvus_GetCompactionPlansRequest, _milvus_proto_milvus_GetCompactionPlansResponse, _milvus_proto_milvus_GetCompactionPlansRequest__Output, _milvus_proto_milvus_GetCompactionPlansResponse__Output>
  GetComponentStates: MethodDefinition<_milvus_proto_milvus_GetComponentStatesRequest, _milvus_proto_milvus_ComponentStates, _milvus_proto_milvus_GetComponentStatesRequest__Output, _milvus_proto_milvus_ComponentStates__Output>
  GetFlushAllState: MethodDefinition<_milvus_proto_milvus_GetFlushAllStateRequest, _milvus_proto_milvus_GetFlushAllStateResponse, _milvus_proto_milvus_GetFlushAllStateRequest__Output, _milvus_proto_milvus_GetFlushAllStateResponse__Output>
  GetFlushState: MethodDefinition<_milvus_proto_milvus_GetFlushStateRequest, _milvus_proto_milvus_GetFlushStateResponse, _milvus_proto_milvus_GetFlushStateRequest__Output, _milvus_proto_milvus_GetFlushStateResponse__Output>
  GetImportState: MethodDefinition<_milvus_proto_milvus_GetImportStateRequest, _milvus_proto_milvus_GetImportStateResponse, _milvus_proto_milvus_GetImportStateRequest__Output, _milvus_proto_milvus_GetImportStateResponse__Output>
  GetIndexBuildProgress: MethodDefinition<_milvus_proto_milvus_GetIndexBuildProgressRequest, _milvus_proto_milvus_GetIndexBuildProgressResponse, _milvus_proto_milvus_GetIndexBuildProgressRequest__Output, _milvus_proto_milvus_GetIndexBuildProgressResponse__Output>
  GetIndexState: MethodDefinition<_milvus_proto_milvus_GetIndexStateRequest, _milvus_proto_milvus_GetIndexStateResponse, _milvus_proto_milvus_GetIndexStateRequest__Output, _milvus_proto_milvus_GetIndexStateResponse__Output>
  GetIndexStatistics: MethodDefinition<_milvus_proto_milvus_GetIndexStatisticsRequest, _milvus_proto_milvus_GetIndexStatisticsResponse, _milvus_proto_milvus_GetIndexStatisticsRequest__Output, _milvus_proto_milvus_GetIndexStatisticsResponse__Output>
  GetLoadState: MethodDefinition<_milvus_proto_milvus_GetLoadStateRequest, _milvus_proto_milvus_GetLoadStateResponse, _milvus_proto_milvus_GetLoadStateRequest__Output, _milvus_proto_milvus_GetLoadStateResponse__Output>
  GetLoadingProgress: MethodDefinition<_milvus_proto_milvus_GetLoadingProgressRequest, _milvus_proto_milvus_GetLoadingProgressResponse, _milvus_proto_milvus_GetLoadingProgressRequest__Output, _milvus_proto_milvus_GetLoadingProgressResponse__Output>
  GetMetrics: MethodDefinition<_milvus_proto_milvus_GetMetricsRequest, _milvus_proto_milvus_GetMetricsResponse, _milvus_proto_milvus_GetMetricsRequest__Output, _milvus_proto_milvus_GetMetricsResponse__Output>
  GetNamespaceStats: MethodDefinition<_milvus_proto_milvus_GetNamespaceStatsRequest, _milvus_proto_milvus_GetNamespaceStatsResponse, _milvus_proto_milvus_GetNamespaceStatsRequest__Output, _milvus_proto_milvus_GetNamespaceStatsResponse__Output>
  GetPartitionStatistics: MethodDefinition<_milvus_proto_milvus_GetPartitionStatisticsRequest, _milvus_proto_milvus_GetPartitionStatisticsResponse, _milvus_proto_milvus_GetPartitionStatisticsRequest__Output, _milvus_proto_milvus_GetPartitionStatisticsResponse__Output>
  GetPersistentSegmentInfo: MethodDefinition<_milvus_proto_milvus_GetPersistentSegmentInfoRequest, _milvus_proto_milvus_GetPersistentSegmentInfoResponse, _milvus_proto_milvus_GetPersistentSegmentInfoRequest__Output, _milvus_proto_milvus_GetPersistentSegmentInfoResponse__Output>
  GetQuerySegmentInfo: MethodDefinition<_milvus_proto_milvus_GetQuerySegmentInfoRequest, _milvus_proto_milvus_GetQuerySegmentInfoResponse, _milvus_proto_milvus_GetQuerySegmentInfoRequest__Output, _milvus_proto_milvus_GetQuerySegmentInfoResponse__Output>
  GetRefreshExternalCollectionProgress: MethodDefinition<_milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest, _milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse, _milvus_proto_milvus_GetRefreshExternalCollectionProgressRequest__Output, _milvus_proto_milvus_GetRefreshExternalCollectionProgressResponse__Output>
  GetReplicas: MethodDefinition<_milvus_proto_milvus_GetReplicasRequest, _milvus_proto_milvus_GetReplicasResponse, _milvus_proto_milvus_GetReplicasRequest__Output, _milvus_proto_milvus_GetReplicasResponse__Output>
  GetReplicateConfiguration: MethodDefinition<_milvus_proto_milvus_GetReplicateConfigurationRequest, _milvus_proto_milvus_GetReplicateConfigurationResponse, _milvus_proto_milvus_GetReplicateConfigurationRequest__Output, _milvus_proto_milvus_GetReplicateConfigurationResponse__Output>
  GetReplicateInfo: MethodDefinition<_milvus_proto_milvus_GetReplicateInfoRequest, _milvus_proto_milvus_GetReplicateInfoResponse, _milvus_proto_milvus_GetReplicateInfoRequest__Output, _milvus_proto_milvus_GetReplicateInfoResponse__Output>
  GetRestoreSnapshotState: MethodDefinition<_milvus_proto_milvus_GetRestoreSnapshotStateRequest, _milvus_proto_milvus_GetRestoreSnapshotStateResponse, _milvus_proto_milvus_GetRestoreSnapshotStateRequest__Output, _milvus_proto_milvus_GetRestoreSnapshotStateResponse__Output>
  GetUserTags: MethodDefinition<_milvus_proto_milvus_GetUserTagsRequest, _milvus_proto_milvus_GetUserTagsResponse, _milvus_proto_milvus_GetUserTagsRequest__Output, _milvus_proto_milvus_GetUserTagsResponse__Output>
  GetVersion: MethodDefinition<_milvus_proto_milvus_GetVersionRequest, _milvus_proto_milvus_GetVersionResponse, _milvus_proto_milvus_GetVersionRequest__Output, _milvus_proto_milvus_GetVersionResponse__Output>
  HasCollection: MethodDefinition<_milvus_proto_milvus_HasCollectionRequest, _milvus_proto_milvus_BoolResponse, _milvus_proto_milvus_HasCollectionRequest__Output, _milvus_proto_milvus_BoolResponse__Output>
  HasNamespace: MethodDefinition<_milvus_proto_milvus_HasNamespaceRequest, _milvus_proto_milvus_HasNamespaceResponse, _milvus_proto_milvus_HasNamespaceRequest__Output, _milvus_proto_milvus_HasNamespaceResponse__Output>
  HasPartition: MethodDefinition<_milvus_proto_milvus_HasPartitionRequest, _milvus_proto_milvus_BoolResponse, _milvus_proto_milvus_HasPartitionRequest__Output, _milvus_proto_milvus_BoolResponse__Output>
  HybridSearch: MethodDefinition<_milvus_proto_milvus_HybridSearchRequest, _milvus_proto_milvus_SearchResults, _milvus_proto_milvus_HybridSearchRequest__Output, _milvus_proto_milvus_SearchResults__Output>
  Import: MethodDefinition<_milvus_proto_milvus_ImportRequest, _milvus_proto_milvus_ImportResponse, _milvus_proto_milvus_ImportRequest__Output, _milvus_proto_milvus_ImportResponse__Output>
  Insert: MethodDefinition<_milvus_proto_milvus_InsertRequest, _milvus_proto_milvus_MutationResult, _milvus_proto_milvus_InsertRequest__Output, _milvus_proto_milvus_MutationResult__Output>
  ListAliases: MethodDefinition<_milvus_proto_milvus_ListAliasesRequest, _milvus_proto_milvus_ListAliasesResponse, _milvus_proto_milvus_ListAliasesRequest__Output, _milvus_proto_milvus_ListAliasesResponse__Output>
  ListCredUsers: MethodDefinition<_milvus_proto_milvus_ListCredUsersRequest, _milvus_proto_milvus_ListCredUsersResponse, _milvus_proto_milvus_ListCredUsersRequest__Output, _milvus_proto_milvus_ListCredUsersResponse__Output>
  ListDatabases: MethodDefinition<_milvus_proto_milvus_ListDatabasesRequest, _milvus_proto_milvus_ListDatabasesResponse, _milvus_proto_milvus_ListDatabasesRequest__Output, _milvus_proto_milvus_ListDatabasesResponse__Output>
  ListFileResources: MethodDefinition<_milvus_proto_milvus_ListFileResourcesRequest, _milvus_proto_milvus_ListFileResourcesResponse, _milvus_proto_milvus_ListFileResourcesRequest__Output, _milvus_proto_milvus_ListFileResourcesResponse__Output>
  ListImportTasks: MethodDefinition<_milvus_proto_milvus_ListImportTasksRequest, _milvus_proto_milvus_ListImportTasksResponse, _milvus_proto_milvus_ListImportTasksRequest__Output, _milvus_proto_milvus_ListImportTasksResponse__Output>
  ListIndexedSegment: MethodDefinition<_milvus_proto_feder_ListIndexedSegmentRequest, _milvus_proto_feder_ListIndexedSegmentResponse, _milvus_proto_feder_ListIndexedSegmentRequest__Output, _milvus_proto_feder_ListIndexedSegmentResponse__Output>
  ListNamespaces: MethodDefinition<_milvus_proto_milvus_ListNamespacesRequest, _milvus_proto_milvus_ListNamespacesResponse, _milvus_proto_milvus_ListNamespacesRequest__Output, _milvus_proto_milvus_ListNamespacesResponse__Output>
  ListPrivilegeGroups: MethodDefinition<_milvus_proto_milvus_ListPrivilegeGroupsRequest, _milvus_proto_milvus_ListPrivilegeGroupsResponse, _milvus_proto_milvus_ListPrivilegeGroupsRequest__Output, _milvus_proto_milvus_ListPrivilegeGroupsResponse__Output>
  ListRefreshExternalCollectionJobs: MethodDefinition<_milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest, _milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse, _milvus_proto_milvus_ListRefreshExternalCollectionJobsRequest__Output, _milvus_proto_milvus_ListRefreshExternalCollectionJobsResponse__Output>
  ListResourceGroups: MethodDefinition<_milvus_proto_milvus_ListResourceGroupsRequest, _milvus_proto_milvus_ListResourceGroupsResponse, _milvus_proto_milvus_ListResourceGroupsRequest__Output, _milvus_proto_milvus_ListResourceGroupsResponse__Output>
  ListRestoreSnapshotJobs: MethodDefinition<_milvus_proto_milvus_ListRestoreSnapshotJobsRequest, _milvus_proto_milvus_ListRestoreSnapshotJobsResponse, _milvus_proto_milvus_ListRestoreSnapshotJobsRequest__Output, _milvus_proto_milvus_ListRestoreSnapshotJobsResponse__Output>
  ListRowPolicies: MethodDefinition<_milvus_proto_milvus_ListRowPoliciesRequest, _milvus_proto_milvus_ListRowPoliciesResponse, _milvus_proto_milvus_ListRowPoliciesRequest__Output, _milvus_proto_milvus_ListRowPoliciesResponse__Output>
  ListSnapshots: MethodDefinition<_milvus_proto_milvus_ListSnapshotsRequest, _milvus_proto_milvus_ListSnapshotsResponse, _milvus_proto_milvus_ListSnapshotsRequest__Output, _milvus_proto_milvus_ListSnapshotsResponse__Output>
  ListUsersWithTag: MethodDefinition<_milvus_proto_milvus_ListUsersWithTagRequest, _milvus_proto_milvus_ListUsersWithTagResponse, _milvus_proto_milvus_ListUsersWithTagRequest__Output, _milvus_proto_milvus_ListUsersWithTagResponse__Output>
  LoadBalance: MethodDefinition<_milvus_proto_milvus_LoadBalanceRequest, _milvus_proto_common_Status, _milvus_proto_milvus_LoadBalanceRequest__Output, _milvus_proto_common_Status__Output>
  LoadCollection: MethodDefinition<_milvus_proto_milvus_LoadCollectionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_LoadCollectionRequest__Output, _milvus_proto_common_Status__Output>
  LoadPartitions: MethodDefinition<_milvus_proto_milvus_LoadPartitionsRequest, _milvus_proto_common_Status, _milvus_proto_milvus_LoadPartitionsRequest__Output, _milvus_proto_common_Status__Output>
  ManualCompaction: MethodDefinition<_milvus_proto_milvus_ManualCompactionRequest, _milvus_proto_milvus_ManualCompactionResponse, _milvus_proto_milvus_ManualCompactionRequest__Output, _milvus_proto_milvus_ManualCompactionResponse__Output>
  OperatePrivilege: MethodDefinition<_milvus_proto_milvus_OperatePrivilegeRequest, _milvus_proto_common_Status, _milvus_proto_milvus_OperatePrivilegeRequest__Output, _milvus_proto_common_Status__Output>
  OperatePrivilegeGroup: MethodDefinition<_milvus_proto_milvus_OperatePrivilegeGroupRequest, _milvus_proto_common_Status, _milvus_proto_milvus_OperatePrivilegeGroupRequest__Output, _milvus_proto_common_Status__Output>
  OperatePrivilegeV2: MethodDefinition<_milvus_proto_milvus_OperatePrivilegeV2Request, _milvus_proto_common_Status, _milvus_proto_milvus_OperatePrivilegeV2Request__Output, _milvus_proto_common_Status__Output>
  OperateUserRole: MethodDefinition<_milvus_proto_milvus_OperateUserRoleRequest, _milvus_proto_common_Status, _milvus_proto_milvus_OperateUserRoleRequest__Output, _milvus_proto_common_Status__Output>
  PinSnapshotData: MethodDefinition<_milvus_proto_milvus_PinSnapshotDataRequest, _milvus_proto_milvus_PinSnapshotDataResponse, _milvus_proto_milvus_PinSnapshotDataRequest__Output, _milvus_proto_milvus_PinSnapshotDataResponse__Output>
  Prewarm: MethodDefinition<_milvus_proto_milvus_PrewarmRequest, _milvus_proto_milvus_PrewarmResponse, _milvus_proto_milvus_PrewarmRequest__Output, _milvus_proto_milvus_PrewarmResponse__Output>
  Query: MethodDefinition<_milvus_proto_milvus_QueryRequest, _milvus_proto_milvus_QueryResults, _milvus_proto_milvus_QueryRequest__Output, _milvus_proto_milvus_QueryResults__Output>
  RefreshExternalCollection: MethodDefinition<_milvus_proto_milvus_RefreshExternalCollectionRequest, _milvus_proto_milvus_RefreshExternalCollectionResponse, _milvus_proto_milvus_RefreshExternalCollectionRequest__Output, _milvus_proto_milvus_RefreshExternalCollectionResponse__Output>
  RegisterLink: MethodDefinition<_milvus_proto_milvus_RegisterLinkRequest, _milvus_proto_milvus_RegisterLinkResponse, _milvus_proto_milvus_RegisterLinkRequest__Output, _milvus_proto_milvus_RegisterLinkResponse__Output>
  ReleaseCollection: MethodDefinition<_milvus_proto_milvus_ReleaseCollectionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_ReleaseCollectionRequest__Output, _milvus_proto_common_Status__Output>
  ReleasePartitions: MethodDefinition<_milvus_proto_milvus_ReleasePartitionsRequest, _milvus_proto_common_Status, _milvus_proto_milvus_ReleasePartitionsRequest__Output, _milvus_proto_common_Status__Output>
  RemoveFileResource: MethodDefinition<_milvus_proto_milvus_RemoveFileResourceRequest, _milvus_proto_common_Status, _milvus_proto_milvus_RemoveFileResourceRequest__Output, _milvus_proto_common_Status__Output>
  RenameCollection: MethodDefinition<_milvus_proto_milvus_RenameCollectionRequest, _milvus_proto_common_Status, _milvus_proto_milvus_RenameCollectionRequest__Output, _milvus_proto_common_Status__Output>
  ReplicateMessage: MethodDefinition<_milvus_proto_milvus_ReplicateMessageRequest, _milvus_proto_milvus_ReplicateMessageResponse, _milvus_proto_milvus_ReplicateMessageRequest__Output, _milvus_proto_milvus_ReplicateMessageResponse__Output>
  RestoreExternalSnapshot: MethodDefinition<_milvus_proto_milvus_RestoreExternalSnapshotRequest, _milvus_proto_milvus_RestoreExternalSnapshotResponse, _milvus_proto_milvus_RestoreExternalSnapshotRequest__Output, _milvus_proto_milvus_RestoreExternalSnapshotResponse__Output>
  RestoreRBAC: MethodDefinition<_milvus_proto_milvus_RestoreRBACMetaRequest, _milvus_proto_common_Status, _milvus_proto_milvus_RestoreRBACMetaRequest__Output, _milvus_proto_common_Status__Output>
  RestoreSnapshot: MethodDefinition<_milvus_proto_milvus_RestoreSnapshotRequest, _milvus_proto_milvus_RestoreSnapshotResponse, _milvus_proto_milvus_RestoreSnapshotRequest__Output, _milvus_proto_milvus_RestoreSnapshotResponse__Output>
  RunAnalyzer: MethodDefinition<_milvus_proto_milvus_RunAnalyzerRequest, _milvus_proto_milvus_RunAnalyzerResponse, _milvus_proto_milvus_RunAnalyzerRequest__Output, _milvus_proto_milvus_RunAnalyzerResponse__Output>
  Search: MethodDefinition<_milvus_proto_milvus_SearchRequest, _milvus_proto_milvus_SearchResults, _milvus_proto_milvus_SearchRequest__Output, _milvus_proto_milvus_SearchResults__Output>
  SelectGrant: MethodDefinition<_milvus_proto_milvus_SelectGrantRequest, _milvus_proto_milvus_SelectGrantResponse, _milvus_proto_milvus_SelectGrantRequest__Output, _milvus_proto_milvus_SelectGrantResponse__Output>
  SelectRole: MethodDefinition<_milvus_proto_milvus_SelectRoleRequest, _milvus_proto_milvus_SelectRoleResponse, _milvus_proto_milvus_SelectRoleRequest__Output, _milvus_proto_milvus_SelectRoleResponse__Output>
  SelectUser: MethodDefinition<_milvus_proto_milvus_SelectUserRequest, _milvus_proto_milvus_SelectUserResponse, _milvus_proto_milvus_SelectUserRequest__Output, _milvus_proto_milvus_SelectUserResponse__Output>
  ShowCollections: MethodDefinition<_milvus_proto_milvus_ShowCollectionsRequest, _milvus_proto_milvus_ShowCollectionsResponse, _milvus_proto_milvus_ShowCollectionsRequest__Output, _milvus_proto_milvus_ShowCollectionsResponse__Output>
  ShowPartitions: MethodDefinition<_milvus_proto_milvus_ShowPartitionsRequest, _milvus_proto_milvus_ShowPartitionsResponse, _milvus_proto_milvus_ShowPartitionsRequest__Output, _milvus_proto_milvus_ShowPartitionsResponse__Output>
  TransferNode: MethodDefinition<_milvus_proto_milvus_TransferNodeRequest, _milvus_proto_common_Status, _milvus_proto_milvus_TransferNodeRequest__Output, _milvus_proto_common_Status__Output>
  TransferReplica: MethodDefinition<_milvus_proto_milvus_TransferReplicaRequest, _milvus_proto_common_Status, _milvus_proto_milvus_TransferReplicaRequest__Output, _milvus_proto_common_Status__Output>
  TruncateCollection: MethodDefinition<_milvus_proto_milvus_TruncateCollectionRequest, _milvus_proto_milvus_TruncateCollectionResponse, _milvus_proto_milvus_TruncateCollectionRequest__Output, _milvus_proto_milvus_TruncateCollectionResponse__Output>
  UnpinSnapshotData: MethodDefinition<_milvus_proto_milvus_UnpinSnapshotDataRequest, _milvus_proto_common_Status, _milvus_proto_milvus_UnpinSnapshotDataRequest__Output, _milvus_proto_common_Status__Output>
  UpdateCredential: MethodDefinition<_milvus_proto_milvus_UpdateCredentialRequest, _milvus_proto_common_Status, _milvus_proto_milvus_UpdateCredentialRequest__Output, _milvus_proto_common_Status__Output>
  UpdateReplicateConfiguration: MethodDefinition<_milvus_proto_milvus_UpdateReplicateConfigurationRequest, _milvus_proto_common_Status, _milvus_proto_milvus_UpdateReplicateConfigurationRequest__Output, _milvus_proto_common_Status__Output>
  UpdateResourceGroups: MethodDefinition<_milvus_proto_milvus_UpdateResourceGroupsRequest, _milvus_proto_common_Status, _milvus_proto_milvus_UpdateResourceGroupsRequest__Output, _milvus_proto_common_Status__Output>
  Upsert: MethodDefinition<_milvus_proto_milvus_UpsertRequest, _milvus_proto_milvus_MutationResult, _milvus_proto_milvus_UpsertRequest__Output, _milvus_proto_milvus_MutationResult__Output>
}
