import type { Extraction } from '../../../../shared/model';
import type { ExtractJob } from './protocol';

/**
 * One extraction, in whichever thread calls it. compromise, chrono and the gazetteer are imported
 * on the first job, not when the service is created: a notebook that is never mined never loads them.
 */
export async function runExtractJob(job: ExtractJob): Promise<Extraction> {
  const [{ extractFromText }, { toExtraction }] = await Promise.all([import('../extract-text'), import('../to-extraction')]);
  return toExtraction(job.sourceId, extractFromText(job.text, job.referenceDate));
}
