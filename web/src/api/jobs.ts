import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isFinalJobState, type Job } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/**
 * Follows a background job through its event stream (the session cookie goes along, same origin)
 * and answers its latest state; the stream closes after the last one. If the stream drops, the
 * browser's EventSource reconnects by itself, and the server answers the current state again.
 */
export function useJob(initial: Job | null): Job | null {
  const [job, setJob] = useState<Job | null>(initial);
  const id = initial?.id;
  useEffect(() => {
    if (!id) return;
    const source = new EventSource(`/api/jobs/${id}/events`);
    source.addEventListener('job', (e) => {
      const next = JSON.parse((e as MessageEvent<string>).data) as Job;
      setJob(next);
      if (isFinalJobState(next.state)) source.close();
    });
    return () => source.close();
  }, [id]);
  return job;
}

/** Asks the server to cancel a job (its owner or an admin). */
export function useCancelJob() {
  return useMutation({
    mutationFn: (id: string) => ok(gantry.POST('/api/jobs/{id}/cancel', { params: { path: { id } } })),
  });
}
