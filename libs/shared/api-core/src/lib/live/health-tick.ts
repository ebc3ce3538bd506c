import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Field, ObjectType, Resolver, Subscription, registerEnumType } from '@nestjs/graphql';
import { Can } from '../access/access.guard';
import { PubSubPort } from './pubsub';

export enum HealthStatus {
  OK = 'ok',
  DEGRADED = 'degraded',
  DOWN = 'down',
}
registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'As /health says: OK, DEGRADED (search answers from its fallback), DOWN (no database).',
});

@ObjectType({ description: 'The service’s pulse, every HEALTH_TICK_SECONDS (30 s by default).' })
export class HealthTick {
  @Field({ description: 'When the tick was sent (ISO 8601, UTC).' })
  at!: string;

  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field({ description: 'The API version that sent it: a client can offer to reload after a deployment.' })
  version!: string;
}

export const HEALTH_TICK_TOPIC = 'healthTick';

/** What a tick reports: the service's status and version (the app wires the same checks as /health). */
export type HealthProbe = () => Promise<{ status: HealthStatus; version: string }>;
export const HEALTH_PROBE = Symbol('HEALTH_PROBE');

/**
 * Publishes `healthTick` every `seconds` — from ONE process per bus: in-process each process ticks for its own
 * subscribers; on Redis the process holding the `health-tick` lease does (another takes over within 2.5 periods
 * if it stops). `seconds` 0: this process never ticks.
 */
export class HealthTicker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('HealthTick');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly pubsub: PubSubPort,
    private readonly seconds: number,
    private readonly probe: HealthProbe,
  ) {}

  onApplicationBootstrap(): void {
    if (this.seconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.seconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One tick: publishes if this process leads; true when it did. */
  async tick(): Promise<boolean> {
    if (this.running) return false; // a slow probe never piles ticks up
    this.running = true;
    try {
      if (!(await this.pubsub.lead('health-tick', this.seconds * 2500))) return false;
      const { status, version } = await this.probe();
      const tick: HealthTick = { at: new Date().toISOString(), status, version };
      await this.pubsub.publish(HEALTH_TICK_TOPIC, tick);
      return true;
    } catch (e) {
      this.logger.warn(`No tick: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    } finally {
      this.running = false;
    }
  }
}

@Resolver(() => HealthTick)
export class HealthTickResolver {
  constructor(private readonly pubsub: PubSubPort) {}

  @Subscription(() => HealthTick, {
    description:
      'The service’s status and version, every HEALTH_TICK_SECONDS, over graphql-ws on /graphql (from whichever API process publishes them).',
    resolve: (tick: HealthTick) => tick,
  })
  @Can('live:health')
  healthTick(): AsyncIterableIterator<HealthTick> {
    return this.pubsub.subscribe<HealthTick>(HEALTH_TICK_TOPIC);
  }
}
