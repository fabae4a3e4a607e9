/**
 * Several creators at once, as NetSuite runs them (multi-threaded CSV import, web services, online forms): K
 * creators take jobs from one queue, and their steps interleave, deterministically for a seed.
 *
 * A job is a generator whose `yield`s separate its steps (a record save yields between beforeSubmit, commit and
 * afterSubmit). Scripts cannot be suspended, so overtaking happens by nesting: before each metered N call a script
 * makes, other creators that are between steps may run their next step first. A script's reads therefore go stale
 * before its writes (another lead's beforeSubmit between this one's read and write, afterSubmit in any order), and
 * at most K jobs are ever in flight. With K = 1 the jobs run one after another, in queue order.
 */
import { createRandom, type Random } from '../fixtures/random';
import type { YieldPoints } from './account';

export interface ConcurrencyOptions {
  /** Creators working at once (K ≥ 1). */
  threads: number;
  /** The same seed gives the same interleaving. */
  seed: number;
}

export type Job<T> = () => Generator<void, T>;

/** How likely a yield point lets another creator's step run first, and again after that one. */
const OVERTAKE_CHANCE = 0.5;

interface Creator<T> {
  steps: Generator<void, T> | null;
  /** The job's position in the queue. */
  job: number;
  /** On the stack right now: its step is running (perhaps overtaken by others). */
  busy: boolean;
}

/** A job that threw: what it threw, and which job it was. */
export class JobFailure extends Error {
  constructor(
    readonly job: number,
    readonly error: unknown,
  ) {
    super(`job ${job} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

export class Interleaving<T> implements YieldPoints {
  private readonly random: Random;
  private readonly creators: Creator<T>[];
  private readonly results: T[] = [];
  private nextJob = 0;
  private failure: JobFailure | null = null;

  constructor(
    private readonly jobs: readonly Job<T>[],
    options: ConcurrencyOptions,
  ) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new Error(`threads must be a whole number of at least 1, not ${options.threads}`);
    this.random = createRandom(options.seed);
    this.creators = Array.from({ length: options.threads }, () => ({ steps: null, job: -1, busy: false }));
  }

  /** Runs every job; their results in queue order. Throws the first failure (a JobFailure) once no step is running. */
  run(): T[] {
    for (;;) {
      if (this.failure) throw this.failure;
      const ready = this.ready();
      if (ready.length === 0) return this.results;
      this.step(this.random.pick(ready));
    }
  }

  yieldPoint(): void {
    // Before every metered call; with one creator (or all busy) nobody can overtake, so no list is made to say so.
    while (this.random.chance(OVERTAKE_CHANCE)) {
      if (!this.anyReady()) return;
      this.step(this.random.pick(this.ready()));
    }
  }

  /** Creators between steps with work to do: a job under way, or one to take from the queue. */
  private ready(): Creator<T>[] {
    return this.creators.filter((creator) => this.isReady(creator));
  }

  private anyReady(): boolean {
    for (const creator of this.creators) if (this.isReady(creator)) return true;
    return false;
  }

  private isReady(creator: Creator<T>): boolean {
    return this.failure === null && !creator.busy && (creator.steps !== null || this.nextJob < this.jobs.length);
  }

  private step(creator: Creator<T>): void {
    if (creator.steps === null) {
      creator.job = this.nextJob;
      this.nextJob += 1;
      creator.steps = (this.jobs[creator.job] as Job<T>)();
    }
    creator.busy = true;
    try {
      const step = creator.steps.next();
      if (step.done) {
        this.results[creator.job] = step.value;
        creator.steps = null;
      }
    } catch (error) {
      // Kept, not thrown: the step may be nested inside another creator's script, which must not see it.
      this.failure ??= new JobFailure(creator.job, error);
      creator.steps = null;
    } finally {
      creator.busy = false;
    }
  }
}
