import { GraphQLError } from 'graphql';
import { SearchGate } from './search.service';

describe('SearchGate', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('runs at most `limit` searches at once and the rest in order', async () => {
    const gate = new SearchGate(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        gate.run(1000, async () => {
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
  });

  it('answers RATE_LIMITED when a search waits too long, and frees nothing it never took', async () => {
    const gate = new SearchGate(1);
    const slow = gate.run(1000, () => sleep(100));
    const err = await gate.run(20, async () => 'never').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions['code']).toBe('RATE_LIMITED');
    await slow;
    await expect(gate.run(20, async () => 'next')).resolves.toBe('next');
  });
});
