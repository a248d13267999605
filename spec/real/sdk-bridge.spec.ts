/**
 * The official SDK over `conn.persistentChannel()`, against real servers: its high-level API
 * end to end, `closeConnection()` leaving milvex connected, and calls refused (CANCELLED)
 * after `disconnect()`. The same checks run against the embedded Milvus in
 * `spec/e2e/sdk-bridge.spec.ts`; the restart loop stays there, since both real servers
 * forget or reload their loaded collections for a while after a restart (README, Testing
 * against a real Milvus).
 */
import { expect } from 'chai';
import { type BridgeTarget, checkCancelledAfterDisconnect, checkCloseConnectionKeepsMilvex, checkSdkApi } from '../support/sdk-bridge.js';
import { eachRealServer } from './support/suite.js';

eachRealServer('the official SDK over milvex', (server) => {
  const target = (): BridgeTarget => ({ address: `127.0.0.1:${server().port}` });

  it('runs its high-level API over the persistent channel', async function () {
    this.timeout(120_000);
    await checkSdkApi(target());
  });

  it('closeConnection() leaves milvex connected', async function () {
    this.timeout(60_000);
    await checkCloseConnectionKeepsMilvex(target());
  });

  it('refuses calls after disconnect() with CANCELLED', async function () {
    this.timeout(60_000);
    const error = await checkCancelledAfterDisconnect(target());
    expect(error.code).to.equal(1);
  });
});
