import { expect } from 'chai';
import * as milvex from '../lib/index.js';
import { ConnectionError, GrpcError, InvalidError, MilvexError } from '../lib/errors.js';

/** One row per exported error class: a way to make one, and what it must carry. */
const ROWS: Record<string, { make: () => MilvexError; fields: Record<string, unknown>; message: RegExp }> = {
  MilvexError: {
    make: () => new MilvexError('something', { cause: new Error('root') }),
    fields: { retriable: false },
    message: /^something$/,
  },
  InvalidError: {
    make: () => new InvalidError('port', 'Invalid option "port": expected 1..65535, got 0'),
    fields: { field: 'port', retriable: false },
    message: /"port"/,
  },
  ConnectionError: {
    make: () => new ConnectionError('connect_timeout', { host: 'h', port: 1 }, 'not READY within 10000 ms'),
    fields: { reason: 'connect_timeout', host: 'h', port: 1, retriable: true },
    message: /^Connection failed to h:1: not READY within 10000 ms$/,
  },
  GrpcError: {
    make: () => new GrpcError({ method: 'CheckHealth', code: 14, details: 'down', retriable: true, source: 'grpc' }),
    fields: { method: 'CheckHealth', code: 14, details: 'down', retriable: true, source: 'grpc' },
    message: /CheckHealth.*14.*down/,
  },
};

const exportedErrorClasses = Object.entries(milvex).filter(
  ([, value]) => typeof value === 'function' && (value === MilvexError || value.prototype instanceof MilvexError),
);

describe('errors', () => {
  it('has a row for every exported error class', () => {
    expect(exportedErrorClasses.map(([name]) => name).sort()).to.deep.equal(Object.keys(ROWS).sort());
  });

  for (const [name, row] of Object.entries(ROWS)) {
    describe(name, () => {
      const error = row.make();
      it('is an Error, a MilvexError and its own class', () => {
        expect(error).to.be.instanceOf(Error);
        expect(error).to.be.instanceOf(MilvexError);
        expect(error).to.be.instanceOf((milvex as unknown as Record<string, typeof MilvexError>)[name]);
        expect(error.name).to.equal(name);
      });
      it('carries its fields, and no kind beside its name', () => {
        expect(error).to.not.have.property('kind');
        expect(error).to.include(row.fields);
        expect(error.message).to.match(row.message);
      });
      it('is no instance of the other subclasses', () => {
        for (const [other, otherRow] of Object.entries(ROWS)) {
          if (other === name || other === 'MilvexError') continue;
          expect(error instanceof otherRow.make().constructor, other).to.equal(false);
        }
      });
    });
  }

  it('keeps the cause', () => {
    const cause = new Error('root');
    expect(new ConnectionError('unavailable', { host: 'h', port: 1 }, 'refused', { cause }).cause).to.equal(cause);
  });

  it('recognizes errors from another copy of the library by their brand', () => {
    // A second copy has its own classes; simulate one by a foreign class with the same brands.
    const foreign = Object.create(Error.prototype) as object;
    Object.defineProperty(foreign, Symbol.for('milvex.error.brands'), { value: ['ConnectionError', 'MilvexError'] });
    expect(foreign).to.be.instanceOf(ConnectionError);
    expect(foreign).to.be.instanceOf(MilvexError);
    expect(foreign).not.to.be.instanceOf(GrpcError);
    expect({}).not.to.be.instanceOf(MilvexError);
    expect(null).not.to.be.instanceOf(MilvexError);
  });

  it('lets a ConnectionError reason decide retriable unless told', () => {
    const target = { host: 'h', port: 1 };
    expect(new ConnectionError('unauthenticated', target, 'bad credentials').retriable).to.equal(false);
    expect(new ConnectionError('closed', target, 'closed').retriable).to.equal(false);
    expect(new ConnectionError('not_connected', target, 'not yet').retriable).to.equal(true);
    expect(new ConnectionError('closed', target, 'x', { retriable: true }).retriable).to.equal(true);
  });
});
