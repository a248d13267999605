import { inspect } from 'node:util';
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { InvalidError } from '../../lib/errors.js';
import type { ConnectionEvent } from '../../lib/connection/events.js';
import { connect, nthEvent, reach, rejection, server } from '../support/live.js';

const PASSWORD = 'pw-7f3a9c-never-shown';
const TOKEN = 'tok-51be0d-never-shown';
const SECRETS = [PASSWORD, TOKEN, Buffer.from(TOKEN).toString('base64'), Buffer.from(`root:${PASSWORD}`).toString('base64')];

/** Everything the library showed: log lines, events, errors with stacks and causes, inspections. */
class Exposure {
  readonly texts: string[] = [];
  readonly logger = Object.fromEntries(
    (['debug', 'info', 'warn', 'error'] as const).map((level) => [
      level,
      (payload: Record<string, unknown>, message: string) =>
        this.texts.push(`${level} ${message} ${inspect(payload, { depth: 10 })} ${JSON.stringify(payload)}`),
    ]),
  );

  record(event: ConnectionEvent): void {
    this.texts.push(inspect(event, { depth: 10, showHidden: true }));
    for (const error of [(event as { error?: unknown }).error, (event as { reason?: unknown }).reason]) this.error(error);
  }

  error(error: unknown): void {
    for (let current = error; current instanceof Error; current = current.cause) {
      this.texts.push(current.message, current.stack ?? '', inspect(current, { depth: 10, showHidden: true }), String(current));
    }
  }

  leaks(): string[] {
    return this.texts.filter((text) => SECRETS.some((secret) => text.includes(secret)));
  }
}

describe('secrets never show', () => {
  it('through a connect, retries, a fatal auth error and a disconnect', async () => {
    const milvus = await server({ user: 'root', password: PASSWORD, token: TOKEN });
    const seen = new Exposure();

    // A healthy connection with a token, through a kill and a restart, then disconnect.
    const good = connect(milvus, { user: 'root', password: PASSWORD, token: TOKEN, logger: seen.logger });
    good.events$.subscribe((event) => seen.record(event));
    await good.firstConnected();
    await milvus.kill();
    await nthEvent(good, 'retry');
    await milvus.restart();
    await reach(good, 'connected');
    // A config has its own toString (sealConfig) that its type does not declare: stringified on purpose.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    seen.texts.push(inspect(good, { depth: 10, showHidden: true }), JSON.stringify(good.config), String(good.config));
    await good.disconnect();
    seen.error(await rejection(good.getChannel()));

    // A wrong password: a fatal auth error.
    const bad = connect(milvus, { user: 'root', password: `${PASSWORD}-wrong`, logger: seen.logger });
    bad.events$.subscribe((event) => seen.record(event));
    seen.error(await rejection(bad.firstConnected()));
    seen.error(bad.closeError);
    seen.texts.push(inspect(bad, { depth: 10, showHidden: true }));

    expect(seen.texts.length).to.be.above(10);
    expect(seen.leaks()).to.deep.equal([]);
  });

  it('through the InvalidError of a bad start, wherever the secret was put', () => {
    const seen = new Exposure();
    const starts: Array<() => unknown> = [
      () => Connection.start({ hosts: ['proxy-1:19530', `root:${PASSWORD}@proxy-2:19530`] }),
      () => Connection.start({ hosts: [`dns:///root:${PASSWORD}@proxy-2`] }),
      () => Connection.start({ host: `root:${PASSWORD}@milvus` }),
      () => Connection.start(`root:${PASSWORD}@milvus:19530`),
      () => Connection.start(`https://root:${PASSWORD}@milvus:99999`),
      () => Connection.start(`https://root:${PASSWORD}@milvus/bad-db`),
      () => Connection.start(`milvus://milvus?token=${TOKEN}&tokn=x`),
      () => Connection.start({ token: TOKEN, reconectBaseDelay: 1 } as never),
      () => Connection.start({ tls: { privateKey: `-----BEGIN PRIVATE KEY-----\n${TOKEN}\n-----END PRIVATE KEY-----\n`, certChain: 'x' } }),
    ];
    for (const start of starts) {
      let caught: unknown;
      try {
        start();
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(InvalidError);
      seen.error(caught);
    }
    expect(seen.leaks()).to.deep.equal([]);
  });
});
