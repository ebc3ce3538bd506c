import { GraphQLError } from 'graphql';
import { Gate, KeyedGate } from './gate';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = (e: unknown) => (e instanceof GraphQLError ? e.extensions['code'] : e);

describe('Gate', () => {
  it('runs at most `limit` tasks at once and the rest in order', async () => {
    const gate = new Gate(2, { busy: 'busy' });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        gate.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await sleep(20);
          order.push(n);
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(gate.idle).toBe(true);
  });

  it('answers RATE_LIMITED when a task waits too long, and frees nothing it never took', async () => {
    const gate = new Gate(1, { timeoutMs: 20, busy: 'Search is busy' });
    const slow = gate.run(() => sleep(100));
    const err = await gate.run(async () => 'never').catch((e: unknown) => e);
    expect(code(err)).toBe('RATE_LIMITED');
    expect((err as Error).message).toBe('Search is busy');
    await slow;
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });

  it('refuses at once past its queue', async () => {
    const gate = new Gate(1, { maxWaiting: 1, busy: 'busy' });
    const running = gate.run(() => sleep(50));
    const waiting = gate.run(async () => 'waited');
    const refused = await gate.run(async () => 'never').catch((e: unknown) => e);
    expect(code(refused)).toBe('RATE_LIMITED');
    await expect(waiting).resolves.toBe('waited');
    await running;
  });
});

describe('KeyedGate', () => {
  it('bounds each key on its own and forgets idle keys', async () => {
    const gate = new KeyedGate(1, { maxWaiting: 2, busy: 'busy' });
    let flooderPeak = 0;
    let running = 0;
    const flood = Array.from({ length: 6 }, () =>
      gate
        .run('flooder', async () => {
          running++;
          flooderPeak = Math.max(flooderPeak, running);
          await sleep(30);
          running--;
          return 'served';
        })
        .catch((e: unknown) => code(e)),
    );
    // Another key is not behind the flooder's queue.
    const started = performance.now();
    await expect(gate.run('neighbour', async () => 'mine')).resolves.toBe('mine');
    expect(performance.now() - started).toBeLessThan(25);
    const results = await Promise.all(flood);
    expect(flooderPeak).toBe(1);
    expect(results.filter((r) => r === 'served')).toHaveLength(3); // one running + two waiting
    expect(results.filter((r) => r === 'RATE_LIMITED')).toHaveLength(3);
    expect(gate.size).toBe(0);
  });
});
