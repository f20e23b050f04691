/** Where a long export is, for the CLI's stderr and the UI's progress bar. */
export interface ExportProgress {
  /** A short phrase: "Printing (pass 1 of 2)". */
  stage: string;
  /** 0 … 1 over the whole export. */
  fraction: number;
}

export type OnProgress = (p: ExportProgress) => void;

/**
 * Turns named steps with rough weights into one rising fraction. The weights reflect measured
 * time: printing dominates, so two print passes get most of the bar.
 */
export function stagedProgress(steps: Readonly<Record<string, number>>, onProgress: OnProgress | undefined) {
  const names = Object.keys(steps);
  const total = names.reduce((sum, n) => sum + steps[n]!, 0);
  let last = 0;
  return {
    /** Announces that `step` begins; `label` overrides the step's name in the message. */
    start(step: string, label = step) {
      const before = names.slice(0, names.indexOf(step)).reduce((sum, n) => sum + steps[n]!, 0);
      last = Math.max(last, before / total);
      onProgress?.({ stage: label, fraction: last });
    },
    done(label = 'Done') {
      last = 1;
      onProgress?.({ stage: label, fraction: 1 });
    },
  };
}
