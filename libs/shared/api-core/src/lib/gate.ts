import { graphqlError } from './errors';

export interface GateOptions {
  /** How many may wait for a turn; past it a caller is refused at once. Default: no cap. */
  maxWaiting?: number;
  /** How long one may wait for its turn before it is refused. Default: no limit. */
  timeoutMs?: number;
  /** The RATE_LIMITED message a refused caller gets. */
  busy: string;
}

/** A counting semaphore with a bounded queue and a bounded wait; refusals are RATE_LIMITED. */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    private readonly limit: number,
    private readonly options: GateOptions,
  ) {}

  /** Nothing running or waiting. */
  get idle(): boolean {
    return this.active === 0 && this.waiting.length === 0;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      const { maxWaiting, timeoutMs, busy } = this.options;
      if (maxWaiting !== undefined && this.waiting.length >= maxWaiting)
        throw graphqlError('RATE_LIMITED', busy, { retryAfter: 1 });
      await new Promise<void>((resolve, reject) => {
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                const i = this.waiting.indexOf(go);
                if (i >= 0) this.waiting.splice(i, 1);
                reject(graphqlError('RATE_LIMITED', busy, { retryAfter: 1 }));
              }, timeoutMs);
        const go = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiting.push(go);
      });
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * One Gate per key (a client): one client may have `limit` tasks running and `maxWaiting` more waiting; past
 * that it is refused at once. One client's flood then waits behind itself, not behind everyone. It counts work
 * in flight in this process (a concurrency bound, not a rate): rates live in the shared store.
 */
export class KeyedGate {
  private readonly gates = new Map<string, Gate>();
  constructor(
    private readonly limit: number,
    private readonly options: GateOptions,
  ) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new Gate(this.limit, this.options);
      this.gates.set(key, gate);
    }
    try {
      return await gate.run(work);
    } finally {
      if (gate.idle) this.gates.delete(key);
    }
  }

  /** Keys with work running or waiting. */
  get size(): number {
    return this.gates.size;
  }
}
