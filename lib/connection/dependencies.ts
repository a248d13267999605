/**
 * What a connection runs on from outside, as one set: the facade takes it with every member
 * optional (`startConnection` in specs), fills in the defaults, and each layer below narrows
 * the filled set with `Pick` to what it uses: the pool holds all of them (the unary transport
 * is for calls), a member and its channel slot {@link ChannelSlotDependencies}, one
 * attempt {@link AttemptDependencies}. Where a member's lost and retired sessions drain is
 * the member's own, not a dependency: it is handed to the slot and the attempt beside them.
 */
import { type SchedulerLike, asyncScheduler } from 'rxjs';
import { type ChannelFactory, createChannel } from '../transport/channel.js';
import { type Handshake, milvusHandshake } from '../transport/handshake.js';
import { type UnaryTransport, sendUnary } from '../transport/unary.js';

/** What a connection runs on, replaceable in specs (`startConnection` of `milvex/testing`). */
export interface ConnectionDependencies {
  /** Where backoff waits, connect timeouts, deadlines and wait timeouts are scheduled. @default asyncScheduler */
  readonly scheduler?: SchedulerLike;
  /** The randomness of the backoff and recycle jitter. @default Math.random */
  readonly random?: () => number;
  /** Makes the channel of each attempt. @default a real grpc-js channel */
  readonly createChannel?: ChannelFactory;
  /** The handshake on a READY channel. @default the Milvus `Connect` call */
  readonly handshake?: Handshake;
  /** Sends one unary call on a channel. @default a grpc-js unary call */
  readonly unary?: UnaryTransport;
}

/** The dependencies with their defaults filled in: the set the layers below the facade narrow. */
export type Dependencies = Required<ConnectionDependencies>;

/** The given dependencies, the defaults for the rest. */
export function withDefaults(given: ConnectionDependencies): Dependencies {
  return {
    scheduler: given.scheduler ?? asyncScheduler,
    random: given.random ?? Math.random,
    createChannel: given.createChannel ?? createChannel,
    handshake: given.handshake ?? milvusHandshake,
    unary: given.unary ?? sendUnary,
  };
}

/** A channel slot's, which its member passes through: channels, handshake, time, and the jitters' randomness. */
export type ChannelSlotDependencies = Pick<Dependencies, 'createChannel' | 'handshake' | 'scheduler' | 'random'>;

/** One connection attempt's: the channel factory, the handshake and time. */
export type AttemptDependencies = Pick<Dependencies, 'createChannel' | 'handshake' | 'scheduler'>;
