// Runs one export (or backup, or restore) as the backend's job: starts it, polls `jobs.status`
// every ~250 ms while it runs, cancels it on request, and says when it is slow enough (~300 ms)
// to deserve a progress bar. The outcome is both kept in `state` and returned by `start`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode, ExportJob, Input, Messages, MethodName } from '../../../electron/contract';
import { ApiCallError, UNREACHABLE } from '../../api/client';
import { useApi, useRefresher } from '../../api';

export type JobMethod = Extract<MethodName, 'exports.briefing' | 'exports.postTripReport' | 'exports.annualReport' | 'exports.tracker' | 'exports.csv' | 'exports.calendar' | 'backup.create' | 'backup.restore'>;

export type JobResult = NonNullable<ExportJob['result']>;

/** Why an export did not produce a file, in both languages (shown in the current one). */
export interface ExportFailure {
  code: ErrorCode;
  messages: Messages;
  /** The folder is the problem (none chosen, not a full path, missing, read-only, full…): Settings can fix it. */
  folderProblem: boolean;
  /** The officer declined to write classified content: nothing to report as a failure. */
  declined?: boolean;
}

/** The backend asks before writing classified content to a folder (electron/handlers/classifiedExports.ts). */
export interface ClassifiedQuestion {
  messages: Messages;
  marking: string;
  delegations: number;
}

export function classifiedQuestionOf(error: unknown): ClassifiedQuestion | null {
  if (!(error instanceof ApiCallError) || error.code !== 'VALIDATION') return null;
  const d = error.details as { needsConfirmation?: unknown; marking?: unknown; delegations?: unknown } | null | undefined;
  if (!d || d.needsConfirmation !== 'classified' || typeof d.marking !== 'string') return null;
  return { messages: error.messages, marking: d.marking, delegations: typeof d.delegations === 'number' ? d.delegations : 0 };
}

export type ExportJobState =
  | { status: 'idle' }
  | { status: 'starting'; cancelling: boolean }
  /** Waiting for the officer: the file would hold classified content. */
  | { status: 'confirming'; question: ClassifiedQuestion }
  | { status: 'running'; job: ExportJob; cancelling: boolean }
  | { status: 'done'; job: ExportJob; result: JobResult }
  | { status: 'failed'; job: ExportJob | null; failure: ExportFailure }
  | { status: 'cancelled'; job: ExportJob };

export type SettledState = Extract<ExportJobState, { status: 'done' | 'failed' | 'cancelled' }>;

export interface ExportJobOptions {
  /** How often to ask for the job's state while it runs. */
  pollMs?: number;
  /** How long a job may take before `showProgress` turns true. */
  slowAfterMs?: number;
}

export interface ExportJobHandle {
  state: ExportJobState;
  /** Starting or running: the start button should be disabled. */
  busy: boolean;
  /** Busy for longer than `slowAfterMs`: show the progress bar and the Cancel button. */
  showProgress: boolean;
  /** 0…1 while running. */
  progress: number;
  /** The backend's stage name ('rendering', 'writing'…), or null when idle. */
  stage: string | null;
  start: <M extends JobMethod>(method: M, input: Input<M>) => Promise<SettledState>;
  /** The officer's answer to the classified question: write it with its marking, or not at all. */
  confirmClassified: (ok: boolean) => void;
  cancel: () => void;
  /** Back to idle (after the outcome was shown). */
  reset: () => void;
}

const FOLDER_KINDS = new Set(['disk_full', 'no_permission', 'missing', 'share_gone']);

/** Whether the backend's error details point at the export folder. */
export function isFolderProblem(details: unknown): boolean {
  if (!details || typeof details !== 'object') return false;
  const d = details as { field?: unknown; kind?: unknown; folder?: unknown };
  if (d.field === 'folder') return true;
  return typeof d.folder === 'string' && typeof d.kind === 'string' && FOLDER_KINDS.has(d.kind);
}

export function failureFromError(error: unknown): ExportFailure {
  if (error instanceof ApiCallError) return { code: error.code, messages: error.messages, folderProblem: isFolderProblem(error.details) };
  return { code: 'INTERNAL', messages: UNREACHABLE, folderProblem: false };
}

function failureFromJob(job: ExportJob): ExportFailure {
  const e = job.error;
  if (!e) return { code: 'INTERNAL', messages: UNREACHABLE, folderProblem: false };
  return { code: e.code, messages: e.message, folderProblem: isFolderProblem(e.details) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Status polls that may fail in a row (a busy moment) before the export is reported as failed. */
const POLL_RETRIES = 3;

export function useExportJob(options: ExportJobOptions = {}): ExportJobHandle {
  const { pollMs = 250, slowAfterMs = 300 } = options;
  const api = useApi();
  const refresher = useRefresher();
  const [state, setState] = useState<ExportJobState>({ status: 'idle' });
  const [slow, setSlow] = useState(false);
  // The run in progress: its number (a newer start or a reset supersedes it), its job id once
  // known, whether a cancel was asked before the job id arrived, and its promise.
  const run = useRef<{ n: number; jobId: string | null; cancelRequested: boolean; promise: Promise<SettledState> | null; answer?: (ok: boolean) => void }>({
    n: 0,
    jobId: null,
    cancelRequested: false,
    promise: null,
  });
  const slowTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clearSlow = useCallback(() => {
    if (slowTimer.current) clearTimeout(slowTimer.current);
    slowTimer.current = null;
    setSlow(false);
  }, []);

  useEffect(
    () => () => {
      if (slowTimer.current) clearTimeout(slowTimer.current);
    },
    [],
  );

  const sendCancel = useCallback(
    (jobId: string) => {
      // The poll loop sees the job end as cancelled; a failed cancel leaves the job running.
      api.call('jobs.cancel', { jobId }).catch(() => undefined);
    },
    [api],
  );

  const start = useCallback(
    <M extends JobMethod>(method: M, input: Input<M>): Promise<SettledState> => {
      if (run.current.promise) return run.current.promise;
      const n = run.current.n + 1;
      run.current = { n, jobId: null, cancelRequested: false, promise: null };
      const current = () => run.current.n === n;
      const update = (s: ExportJobState) => {
        if (current()) setState(s);
      };
      setState({ status: 'starting', cancelling: false });
      setSlow(false);
      if (slowTimer.current) clearTimeout(slowTimer.current);
      slowTimer.current = setTimeout(() => {
        if (current()) setSlow(true);
      }, slowAfterMs);

      const settle = (s: SettledState): SettledState => {
        if (current()) {
          run.current.promise = null;
          run.current.jobId = null;
          clearSlow();
          setState(s);
        }
        // A job that ended (done, failed or cancelled) is a new line in the export log.
        if (s.job) void refresher.invalidate(['export']);
        return s;
      };

      const promise = (async (): Promise<SettledState> => {
        let job: ExportJob;
        try {
          job = (await api.call(method, input)) as ExportJob;
        } catch (error) {
          const question = classifiedQuestionOf(error);
          if (!question) return settle({ status: 'failed', job: null, failure: failureFromError(error) });
          // Classified content: written only once the officer says so, with its marking.
          clearSlow();
          const ok = await new Promise<boolean>((resolve) => {
            if (!current()) return resolve(false);
            run.current.answer = resolve;
            update({ status: 'confirming', question });
          });
          if (current()) run.current.answer = undefined;
          if (!ok || !current()) return settle({ status: 'failed', job: null, failure: { ...failureFromError(error), declined: true } });
          update({ status: 'starting', cancelling: false });
          try {
            job = (await api.call(method, { ...input, classifiedConfirmed: true } as Input<M>)) as ExportJob;
          } catch (again) {
            return settle({ status: 'failed', job: null, failure: failureFromError(again) });
          }
        }
        if (current()) run.current.jobId = job.jobId;
        if (current() && run.current.cancelRequested) sendCancel(job.jobId);
        update({ status: 'running', job, cancelling: current() && run.current.cancelRequested });
        let misses = 0;
        while (job.state === 'running') {
          await sleep(pollMs);
          try {
            job = await api.call('jobs.status', { jobId: job.jobId });
            misses = 0;
          } catch (error) {
            misses += 1;
            if (misses >= POLL_RETRIES || (error instanceof ApiCallError && error.code === 'NOT_FOUND')) {
              return settle({ status: 'failed', job, failure: failureFromError(error) });
            }
            continue;
          }
          if (job.state === 'running') update({ status: 'running', job, cancelling: current() && run.current.cancelRequested });
        }
        if (job.state === 'done' && job.result) return settle({ status: 'done', job, result: job.result });
        if (job.state === 'cancelled') return settle({ status: 'cancelled', job });
        return settle({ status: 'failed', job, failure: failureFromJob(job) });
      })();
      run.current.promise = promise;
      return promise;
    },
    [api, refresher, pollMs, slowAfterMs, clearSlow, sendCancel],
  );

  const confirmClassified = useCallback((ok: boolean) => {
    const answer = run.current.answer;
    run.current.answer = undefined;
    answer?.(ok);
  }, []);

  const cancel = useCallback(() => {
    const r = run.current;
    if (!r.promise || r.cancelRequested) return;
    r.cancelRequested = true;
    setState((s) => (s.status === 'running' || s.status === 'starting' ? { ...s, cancelling: true } : s));
    if (r.jobId) sendCancel(r.jobId);
  }, [sendCancel]);

  const reset = useCallback(() => {
    // A running job is left to finish on its own (it is recorded in the export log).
    run.current.answer?.(false);
    run.current = { n: run.current.n + 1, jobId: null, cancelRequested: false, promise: null };
    clearSlow();
    setState({ status: 'idle' });
  }, [clearSlow]);

  const busy = state.status === 'starting' || state.status === 'running' || state.status === 'confirming';
  return {
    state,
    busy,
    showProgress: busy && slow && state.status !== 'confirming',
    progress: state.status === 'running' ? state.job.progress : state.status === 'done' ? 1 : 0,
    stage: state.status === 'running' ? state.job.stage : state.status === 'starting' ? 'queued' : null,
    start,
    confirmClassified,
    cancel,
    reset,
  };
}
