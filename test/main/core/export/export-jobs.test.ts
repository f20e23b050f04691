import { describe, expect, it } from 'vitest';
import { ExportJobs } from '../../../../main/core/export/export-jobs';

describe('export jobs (progress and cancel for the UI)', () => {
  it('reports progress by job id, cancels a running job, and forgets finished ones after a minute', () => {
    let now = 0;
    const jobs = new ExportJobs(() => now);
    const job = jobs.start('job-00000001');
    expect(jobs.progress('job-00000001')).toEqual({ stage: 'Starting', fraction: 0, finished: false });
    job.onProgress({ stage: 'Printing', fraction: 0.4 });
    expect(jobs.progress('job-00000001')).toEqual({ stage: 'Printing', fraction: 0.4, finished: false });
    expect(() => jobs.start('job-00000001')).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
    expect(jobs.cancel('job-00000001')).toBe(true);
    expect(job.signal.aborted).toBe(true);
    job.finish();
    expect(jobs.cancel('job-00000001')).toBe(false);
    expect(jobs.progress('job-00000001')?.finished).toBe(true);
    now = 61_000;
    jobs.start('job-00000002');
    expect(jobs.progress('job-00000001')).toBeNull();
    expect(jobs.cancel('nope-0000')).toBe(false);
  });
});
