import { useQuery } from '@tanstack/react-query';
import { gantry, ok } from './client.js';

/** The DCMA 14-point checks of a project's plan; asked again for each plan version, idle until `enabled`. */
export function useScheduleQuality(projectId: string, planVersion: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['plan', projectId, 'schedule-quality', planVersion],
    queryFn: () => ok(gantry.GET('/api/projects/{id}/schedule-quality', { params: { path: { id: projectId } } })),
    enabled,
    // A new plan version keeps the old answer on screen while the new one is measured.
    placeholderData: (prev) => prev,
  });
}
