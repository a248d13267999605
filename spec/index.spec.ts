import { expect } from 'chai';
import * as milvex from '../lib/index.js';
import * as testing from '../lib/testing/index.js';

describe('public surface', () => {
  it('exports exactly these runtime names from milvex', () => {
    expect(Object.keys(milvex).sort()).to.deep.equal(
      [
        'CALL_TRACING_CHANNEL',
        'Collection',
        'Connection',
        'ConnectionError',
        'DYNAMIC_FIELD',
        'DEFAULT_GET_CHANNEL_TIMEOUT',
        'DIAGNOSTICS_CHANNELS',
        'GrpcError',
        'InvalidError',
        'MilvexError',
        'DataType',
        'METHOD_KINDS',
        'REDACTED',
        'backoffDelay',
        'connectivity$',
        'encodeCollectionSchema',
        'encodeFloatVectors',
        'encodePlaceholderGroup',
        'field',
        'milvusClientClass',
        'milvusStatusOf',
        'parseConfig',
        'parseUri',
        'retryWithBackoff',
        'schema',
      ].sort(),
    );
  });

  it('exports exactly startMilvusTestServer and startConnection from milvex/testing', () => {
    expect(Object.keys(testing).sort()).to.deep.equal(['NOT_SUPPORTED', 'startConnection', 'startMilvusTestServer', 'unsupportedMethods']);
  });

  it('has every static and instance name of the DESIGN contract on Connection', () => {
    for (const name of ['start', 'getChannel', 'isConnected', 'disconnect', 'whereis']) {
      expect(milvex.Connection, name).to.have.property(name).that.is.a('function');
    }
    for (const name of ['firstConnected', 'getChannel', 'isConnected', 'disconnect', 'call', 'client']) {
      expect(milvex.Connection.prototype, name).to.have.property(name).that.is.a('function');
    }
    expect(milvex.Connection.prototype).to.have.property(Symbol.asyncDispose);
  });
});
