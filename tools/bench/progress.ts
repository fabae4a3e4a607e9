/**
 * Progress of a long run, on stderr so `--json` keeps stdout to the one object. cli-progress draws nothing
 * when stderr is not a terminal (CI logs, tests).
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** A step starts; the bar counts the steps finished before it. */
  begin(label: string): void;
  finish(): void;
}

export function progressBar(totalSteps: number): Progress {
  const bar = new SingleBar({ format: 'bench [{bar}] {value}/{total} {label} ({duration_formatted})', clearOnComplete: true, hideCursor: true });
  let begun = 0;
  bar.start(totalSteps, 0, { label: 'starting' });
  return {
    begin(label) {
      bar.update(begun++, { label });
    },
    finish() {
      bar.update(totalSteps, { label: 'done' });
      bar.stop();
    },
  };
}
