import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { call, onEvent } from '../ui/bridge';
import type { JobFinished, JobInfo } from '../../shared/domain/job';
import { useLibraryChanged } from '../ui/useLibraryChanged';

export type Jobs = {
  /** Queued and running transcriptions by call id. */
  jobs: ReadonlyMap<string, JobInfo>;
  /** The last outcome per call since the app started; dropped when that call's next job starts. */
  finished: ReadonlyMap<string, JobFinished>;
  /** A mark taken before a request whose answer may be overtaken by events (see `offer`). */
  mark: () => number;
  /** Takes a job from a `transcription:start` answer, unless an event about that call arrived since `mark`. */
  offer: (job: JobInfo, mark: number) => void;
};

const without = <V>(map: ReadonlyMap<string, V>, key: string) => {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
};

/** True when no event about `callId` has arrived after the mark `since`. */
const untouchedSince = (touched: ReadonlyMap<string, number>, callId: string, since: number) => (touched.get(callId) ?? 0) <= since;

/**
 * The one subscription to transcription events, owned by App and shared through JobsContext so the
 * library's rows don't each subscribe. Answers to requests (the job list, a start) can be overtaken by
 * events; each event stamps its call, and an answer only changes calls no event has touched since the
 * request went out.
 */
export function useJobsSource(): Jobs {
  const [jobs, setJobs] = useState<ReadonlyMap<string, JobInfo>>(new Map());
  const [finished, setFinished] = useState<ReadonlyMap<string, JobFinished>>(new Map());
  const clock = useRef(0);
  const touched = useRef(new Map<string, number>());
  const fresh = (callId: string, since: number) => untouchedSince(touched.current, callId, since);

  const mark = useCallback(() => clock.current, []);
  const offer = useCallback((job: JobInfo, since: number) => {
    if (fresh(job.callId, since)) setJobs((m) => new Map(m).set(job.callId, job));
  }, []);

  const resync = useCallback(() => {
    const since = clock.current;
    call('transcription:jobs', {}).then(
      (list) => {
        const listed = new Map(list.map((j) => [j.callId, j]));
        setJobs((m) => {
          const next = new Map([...m].filter(([id]) => listed.has(id) || !fresh(id, since)));
          for (const [id, job] of listed) if (fresh(id, since)) next.set(id, job);
          return next;
        });
      },
      // Events keep the jobs current on their own; the next library change retries the list.
      () => {},
    );
  }, []);

  useEffect(() => {
    const stamp = (callId: string) => touched.current.set(callId, ++clock.current);
    const offProgress = onEvent('transcription:progress', (job) => {
      stamp(job.callId);
      setJobs((m) => new Map(m).set(job.callId, job));
      setFinished((m) => without(m, job.callId));
    });
    const offFinished = onEvent('transcription:finished', (outcome) => {
      stamp(outcome.callId);
      setJobs((m) => without(m, outcome.callId));
      setFinished((m) => new Map(m).set(outcome.callId, outcome));
    });
    resync();
    return () => {
      offProgress();
      offFinished();
    };
  }, [resync]);

  // Every start and finish is followed by a library change: a cheap chance to repair a missed event.
  useLibraryChanged(resync);

  return useMemo(() => ({ jobs, finished, mark, offer }), [jobs, finished, mark, offer]);
}

export const JobsContext = createContext<Jobs | null>(null);

/** The app-wide transcription jobs (provided by App). */
export function useJobs(): Jobs {
  const jobs = useContext(JobsContext);
  if (!jobs) throw new Error('useJobs needs the JobsContext provider that App renders.');
  return jobs;
}
