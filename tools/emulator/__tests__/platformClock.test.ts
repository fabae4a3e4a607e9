import { timedBy } from '../execution';
import { PlatformClock, switchCostMs } from '../platformClock';

/** A CPU clock the test moves by hand: `spend(ms)` is work done by whoever is running. */
function handClock() {
  let now = 0;
  return { read: () => now, spend: (ms: number) => void (now += ms) };
}

describe('PlatformClock', () => {
  test('time inside N calls is the platform’s, nested calls counted once, and the script keeps the rest', () => {
    const cpu = handClock();
    const clock = new PlatformClock(cpu.read);
    cpu.spend(2);
    clock.platform(() => {
      cpu.spend(5);
      clock.platform(() => cpu.spend(1));
    });
    cpu.spend(3);

    expect(clock.platformMs).toBe(6);
    expect(clock.switches).toBe(1);
    expect(clock.scriptMs(11, 0)).toBe(5);
  });

  test('a callback an N call makes into the script is the script’s time, and each switch’s bookkeeping is taken off', () => {
    const cpu = handClock();
    const clock = new PlatformClock(cpu.read);
    clock.platform(() => {
      cpu.spend(4);
      clock.script(() => cpu.spend(7));
      cpu.spend(1);
    });

    expect(clock.platformMs).toBe(5);
    expect(clock.switches).toBe(2);
    expect(clock.scriptMs(12, 0.5)).toBe(6);
    expect(clock.scriptMs(5, 1)).toBe(0);
  });

  test('script code outside any N call runs as it is', () => {
    const clock = new PlatformClock(handClock().read);
    expect(clock.script(() => 'ran')).toBe('ran');
    expect(clock.switches).toBe(0);
  });
});

describe('timedBy', () => {
  test('methods, what they return, and loaders handed to them: the platform’s time and the script’s', () => {
    const cpu = handClock();
    const clock = new PlatformClock(cpu.read);
    const row = { getValue: () => cpu.spend(2) };
    const cache = {
      get(options: { key: string; loader: () => string }) {
        cpu.spend(3);
        return options.loader();
      },
      row: () => row,
    };
    const timed = timedBy(clock, cache);

    const text = timed.get({ key: 'plan', loader: () => (cpu.spend(10), 'built') });
    timed.row().getValue();

    expect(text).toBe('built');
    expect(clock.platformMs).toBe(5);
    expect(cpu.read()).toBe(15);
  });

  test('plain data is handed back as it is', () => {
    const clock = new PlatformClock(handClock().read);
    const data = { id: '7', values: [1, 2] };
    expect(timedBy(clock, data)).toBe(data);
  });
});

describe('switchCostMs', () => {
  test('is what an empty call leaves outside the platform’s time, measured once', () => {
    const cpu = handClock();
    // Each call costs 0.25 ms on each side of the platform's clock reads.
    const wrap = (probe: PlatformClock) => () => {
      cpu.spend(0.25);
      probe.platform(() => cpu.spend(1));
      cpu.spend(0.25);
    };
    expect(switchCostMs(cpu.read, wrap)).toBeCloseTo(0.5, 9);
    expect(switchCostMs(cpu.read, () => () => cpu.spend(9))).toBeCloseTo(0.5, 9);
  });
});
