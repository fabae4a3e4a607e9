/** A progress bar on stderr while leads are created, so stdout keeps only the summary. */
import { SingleBar } from 'cli-progress';

export interface LeadProgress {
  onLead(done: number, total: number): void;
  stop(): void;
}

const SILENT: LeadProgress = { onLead: () => undefined, stop: () => undefined };

/** A bar when `enabled` (the CLI passes: stderr is a terminal and not --quiet), else nothing at all. */
export function leadProgress(enabled: boolean): LeadProgress {
  if (!enabled) return SILENT;
  const bar = new SingleBar({ format: 'simulate [{bar}] {value}/{total} leads ({duration}s)', clearOnComplete: true, hideCursor: true, stream: process.stderr });
  let started = false;
  return {
    onLead(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
