import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ClearApprovalBody,
  CreateProjectBody,
  Project,
  PutMemberBody,
  RequestApprovalBody,
  TransitionBody,
  UpdateProjectBody,
} from '../../../src/contracts/index.js';
import { gantry, ok, type QueryOf } from './client.js';

/** Filters, sort and page of the project list, as sent to GET /api/projects. */
export interface ProjectListParams {
  q?: string;
  state?: readonly string[];
  portfolioId?: string;
  managerId?: string;
  tag?: string;
  /** true: only projects awaiting the PMO's approval. */
  approvalRequested?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
}

/** One page of projects the caller may read. Keeps the previous page on screen while the next loads. */
export function useProjects(params: ProjectListParams) {
  return useQuery({
    queryKey: ['projects', params],
    queryFn: () =>
      ok(
        gantry.GET('/api/projects', {
          params: {
            query: {
              ...params,
              state: params.state?.join(','),
              approvalRequested: params.approvalRequested === undefined ? undefined : `${params.approvalRequested}`,
              // The list page keeps only sorts it offers; any other is the server's 400 to give.
              sort: params.sort as QueryOf<'/api/projects'>['sort'],
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One project with the caller's access to it. */
export function useProject(id: string) {
  return useQuery({
    queryKey: ['project', id],
    queryFn: () => ok(gantry.GET('/api/projects/{id}', { params: { path: { id } } })),
  });
}

function useProjectWrites() {
  const qc = useQueryClient();
  return (project?: Project) => {
    if (project) qc.setQueryData(['project', project.id], project);
    void qc.invalidateQueries({ queryKey: ['projects'] });
    void qc.invalidateQueries({ queryKey: ['portfolios'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Creates a project (state starts at proposed). */
export function useCreateProject() {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: CreateProjectBody) => ok(gantry.POST('/api/projects', { body })),
    onSuccess: written,
  });
}

/** Saves charter changes; `body.version` guards against overwriting someone else's edit. */
export function useUpdateProject(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: UpdateProjectBody) => ok(gantry.PATCH('/api/projects/{id}', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Moves a project through its lifecycle. */
export function useTransitionProject(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: TransitionBody) =>
      ok(gantry.POST('/api/projects/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Asks the PMO to approve a proposed project. */
export function useRequestApproval(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: RequestApprovalBody) =>
      ok(gantry.POST('/api/projects/{id}/approval-request', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Declines (PMO) or withdraws (manager) the open approval request. */
export function useDeclineApproval(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: ClearApprovalBody) =>
      ok(gantry.POST('/api/projects/{id}/approval-request/decline', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Deletes a project. */
export function useDeleteProject(id: string) {
  const qc = useQueryClient();
  const written = useProjectWrites();
  return useMutation({
    mutationFn: () => ok(gantry.DELETE('/api/projects/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['project', id] });
      written();
    },
  });
}

/** The project's members (manager, team, stakeholders). */
export function useMembers(projectId: string) {
  return useQuery({
    queryKey: ['project', projectId, 'members'],
    queryFn: () => ok(gantry.GET('/api/projects/{id}/members', { params: { path: { id: projectId } } })),
  });
}

function useMemberWrites(projectId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['project', projectId] });
    void qc.invalidateQueries({ queryKey: ['projects'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Adds a member or changes their relation. */
export function usePutMember(projectId: string) {
  const written = useMemberWrites(projectId);
  return useMutation({
    mutationFn: ({ userId, ...body }: PutMemberBody & { userId: string }) =>
      ok(gantry.PUT('/api/projects/{id}/members/{userId}', { params: { path: { id: projectId, userId } }, body })),
    onSuccess: written,
  });
}

/** Removes a member from the project. */
export function useRemoveMember(projectId: string) {
  const written = useMemberWrites(projectId);
  return useMutation({
    mutationFn: (userId: string) =>
      ok(gantry.DELETE('/api/projects/{id}/members/{userId}', { params: { path: { id: projectId, userId } } })),
    onSuccess: written,
  });
}
