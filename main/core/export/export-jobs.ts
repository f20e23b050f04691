import { FrontierError } from '../../../shared/ipc/errors';
import type { ExportProgress, OnProgress } from '../dossier/progress';

interface Job {
  controller: AbortController;
  progress: ExportProgress;
  finished: boolean;
  finishedAt: number;
}

/** A finished job's last progress stays readable this long, for a UI that polls once more. */
const KEEP_FINISHED_MS = 60_000;

/**
 * Running exports by the id the UI chose, so that a second request (the progress poll, the Cancel
 * button) can reach an export the first request is still waiting for. The CLI does not need this:
 * it holds its AbortController itself.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = Date.now) {}

  start(jobId: string): { signal: AbortSignal; onProgress: OnProgress; finish(): void } {
    this.prune();
    const existing = this.jobs.get(jobId);
    if (existing && !existing.finished) throw new FrontierError('CONFLICT', `An export with job id ${jobId} is already running.`);
    const job: Job = { controller: new AbortController(), progress: { stage: 'Starting', fraction: 0 }, finished: false, finishedAt: 0 };
    this.jobs.set(jobId, job);
    return {
      signal: job.controller.signal,
      onProgress: (p) => (job.progress = p),
      finish: () => {
        job.finished = true;
        job.finishedAt = this.now();
      },
    };
  }

  progress(jobId: string): (ExportProgress & { finished: boolean }) | null {
    const job = this.jobs.get(jobId);
    return job ? { ...job.progress, finished: job.finished } : null;
  }

  /** True when a running export was told to stop. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.finished) return false;
    job.controller.abort();
    return true;
  }

  private prune(): void {
    const limit = this.now() - KEEP_FINISHED_MS;
    for (const [id, job] of this.jobs) if (job.finished && job.finishedAt < limit) this.jobs.delete(id);
  }
}
