/**
 * Whose CPU time is whose within one script invocation: time inside N calls is NetSuite's, time in the script's own
 * code — including callbacks an N call makes into it (a cache loader, a search's `each`) — is the script's, and the
 * emulator's bookkeeping (reading the CPU clock around each call, wrapping the objects calls return) is neither.
 */

/** Reads the CPU clock in milliseconds. */
export type CpuClock = () => number;

export class PlatformClock {
  /** CPU time inside N calls, less the callbacks they made into the script. */
  platformMs = 0;
  /** Switches between the script and the platform: each costs the bookkeeping one clock read leaves on the script. */
  switches = 0;
  private depth = 0;
  private start = 0;

  constructor(private readonly clock: CpuClock) {}

  /** Runs an N call on the platform's time (the outermost call only: calls nest). */
  platform<T>(call: () => T): T {
    if (this.depth++ === 0) this.enter();
    try {
      return call();
    } finally {
      if (--this.depth === 0) this.leave();
    }
  }

  /** Runs the script's code that an N call calls back (a cache loader) on the script's time. */
  script<T>(call: () => T): T {
    const depth = this.depth;
    if (depth === 0) return call();
    this.leave();
    this.depth = 0;
    try {
      return call();
    } finally {
      this.depth = depth;
      this.enter();
    }
  }

  /** The script's CPU out of `totalMs` of the invocation: less the platform's, and less `switchMs` per switch. */
  scriptMs(totalMs: number, switchMs: number): number {
    return Math.max(0, totalMs - this.platformMs - this.switches * switchMs);
  }

  private enter(): void {
    this.switches++;
    this.start = this.clock();
  }

  private leave(): void {
    this.platformMs += this.clock() - this.start;
  }
}

/** Empty N calls timed to learn what one switch costs; the median of several batches, so one busy moment does not skew it. */
const PROBE_CALLS = 2_000;
const PROBE_BATCHES = 7;

/**
 * What one switch leaves on the script's time on this machine: the CPU an empty call costs outside the time the clock
 * books to the platform (half of each of its two clock reads, the wrappers around it), measured once per process.
 */
export function switchCostMs(clock: CpuClock, wrap: (probe: PlatformClock) => () => unknown): number {
  measured ??= measureSwitchCost(clock, wrap);
  return measured;
}

let measured: number | undefined;

function measureSwitchCost(clock: CpuClock, wrap: (probe: PlatformClock) => () => unknown): number {
  const costs: number[] = [];
  // The first batch warms the code up and is not counted.
  for (let batch = 0; batch <= PROBE_BATCHES; batch++) {
    const probe = new PlatformClock(clock);
    const call = wrap(probe);
    const started = clock();
    for (let i = 0; i < PROBE_CALLS; i++) call();
    if (batch > 0) costs.push((clock() - started - probe.platformMs) / PROBE_CALLS);
  }
  costs.sort((a, b) => a - b);
  return Math.max(0, costs[Math.floor(costs.length / 2)]!);
}
