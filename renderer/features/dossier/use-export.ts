import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportOutput, ExportTarget } from '../../../shared/ipc/export-schemas';
import type { Call } from '../../api/client';

export interface ExportState {
  running: boolean;
  format?: ExportFormat;
  stage: string;
  fraction: number;
}

const IDLE: ExportState = { running: false, stage: '', fraction: 0 };
const POLL_MS = 250;

const newJobId = (): string => crypto.randomUUID().replace(/-/g, '');

/**
 * Runs an export through the contract and follows it: the export call waits for the file while a
 * poll asks for its progress under the same job id, and cancel() asks main to stop it (the export
 * call then fails with CANCELLED). Main does the work; this only reports.
 */
export function useExport(call: Call) {
  const [state, setState] = useState<ExportState>(IDLE);
  const job = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);

  const stopPolling = () => {
    clearInterval(timer.current);
    timer.current = undefined;
  };
  useEffect(() => stopPolling, []);

  const run = useCallback(
    async (format: ExportFormat, target: ExportTarget): Promise<ExportOutput> => {
      const jobId = newJobId();
      job.current = jobId;
      setState({ running: true, format, stage: 'Starting', fraction: 0 });
      timer.current = setInterval(() => {
        call('dossier.exportProgress', { jobId }).then(
          (p) => p && job.current === jobId && setState((s) => ({ ...s, stage: p.stage, fraction: p.fraction })),
          () => undefined,
        );
      }, POLL_MS);
      try {
        return await call('dossier.export', { format, target, jobId });
      } finally {
        stopPolling();
        job.current = undefined;
        setState(IDLE);
      }
    },
    [call],
  );

  const cancel = useCallback(async () => {
    const jobId = job.current;
    if (!jobId) return;
    setState((s) => ({ ...s, stage: 'Cancelling…' }));
    await call('dossier.exportCancel', { jobId }).catch(() => undefined);
  }, [call]);

  return { state, run, cancel };
}
