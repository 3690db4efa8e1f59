import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionStepBody,
  CorrectiveAction,
  CreateCorrectiveActionBody,
  UpdateCorrectiveActionBody,
  VerifyActionBody,
} from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/** Filters of the cross-project list (a PM's "My actions"). */
export interface ActionListParams {
  mine?: boolean;
  overdue?: boolean;
  portfolioId?: string;
  status?: readonly string[];
  page?: number;
  pageSize?: number;
}

const flag = (b: boolean | undefined) => (b ? ('1' as const) : undefined);

/** A project's corrective actions. */
export function useProjectActions(projectId: string) {
  return useQuery({
    queryKey: ['corrective-actions', 'project', projectId],
    queryFn: () =>
      ok(
        gantry.GET('/api/projects/{id}/corrective-actions', {
          params: { path: { id: projectId }, query: { pageSize: 200 } },
        }),
      ),
  });
}

/** Corrective actions across the projects the caller reads. */
export function useActions(params: ActionListParams) {
  return useQuery({
    queryKey: ['corrective-actions', 'list', params],
    queryFn: () =>
      ok(
        gantry.GET('/api/corrective-actions', {
          params: {
            query: {
              mine: flag(params.mine),
              overdue: flag(params.overdue),
              portfolioId: params.portfolioId,
              status: params.status?.join(','),
              page: params.page,
              pageSize: params.pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useActionWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['corrective-actions'] });
    void qc.invalidateQueries({ queryKey: ['decisions'] });
  };
}

/** Raises a corrective action on a project. */
export function useCreateAction(projectId: string) {
  const written = useActionWrites();
  return useMutation({
    mutationFn: (body: CreateCorrectiveActionBody) =>
      ok(gantry.POST('/api/projects/{id}/corrective-actions', { params: { path: { id: projectId } }, body })),
    onSuccess: written,
  });
}

/** Changes an action's fields. */
export function useUpdateAction(a: CorrectiveAction) {
  const written = useActionWrites();
  return useMutation({
    mutationFn: (body: UpdateCorrectiveActionBody) =>
      ok(
        gantry.PATCH('/api/projects/{id}/corrective-actions/{actionId}', {
          params: { path: { id: a.projectId, actionId: a.id } },
          body: { ...body, version: a.version },
        }),
      ),
    onSuccess: written,
  });
}

/** A status move of one action: start, done (re-evaluates), verify (PMO, with a reason), cancel. */
export function useActionStep(a: CorrectiveAction) {
  const written = useActionWrites();
  return useMutation({
    mutationFn: ({
      step,
      body,
    }: {
      step: 'start' | 'done' | 'cancel' | 'verify';
      body?: ActionStepBody | VerifyActionBody;
    }) => {
      const params = { path: { id: a.projectId, actionId: a.id } };
      const versioned = { ...body, version: a.version };
      switch (step) {
        case 'start':
          return ok(gantry.POST('/api/projects/{id}/corrective-actions/{actionId}/start', { params, body: versioned }));
        case 'done':
          return ok(gantry.POST('/api/projects/{id}/corrective-actions/{actionId}/done', { params, body: versioned }));
        case 'cancel':
          return ok(
            gantry.POST('/api/projects/{id}/corrective-actions/{actionId}/cancel', { params, body: versioned }),
          );
        case 'verify':
          return ok(
            gantry.POST('/api/projects/{id}/corrective-actions/{actionId}/verify', {
              params,
              body: versioned as VerifyActionBody,
            }),
          );
      }
    },
    onSuccess: written,
  });
}
