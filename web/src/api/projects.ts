import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ClearApprovalBody,
  CreateProjectBody,
  Page,
  Project,
  ProjectMember,
  PutMemberBody,
  RequestApprovalBody,
  TransitionBody,
  UpdateProjectBody,
} from '../../../src/contracts/index.js';
import { api, type Params, queryString } from './client.js';

/** Filters, sort and page of the project list, as sent to GET /api/projects. */
export interface ProjectListParams extends Params {
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
    queryFn: () => api<Page<Project>>('GET', `/projects${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** One project with the caller's access to it. */
export function useProject(id: string) {
  return useQuery({ queryKey: ['project', id], queryFn: () => api<Project>('GET', `/projects/${id}`) });
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
    mutationFn: (body: CreateProjectBody) => api<Project>('POST', '/projects', body),
    onSuccess: written,
  });
}

/** Saves charter changes; `body.version` guards against overwriting someone else's edit. */
export function useUpdateProject(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: UpdateProjectBody) => api<Project>('PATCH', `/projects/${id}`, body),
    onSuccess: written,
  });
}

/** Moves a project through its lifecycle. */
export function useTransitionProject(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: TransitionBody) => api<Project>('POST', `/projects/${id}/transitions`, body),
    onSuccess: written,
  });
}

/** Asks the PMO to approve a proposed project. */
export function useRequestApproval(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: RequestApprovalBody) => api<Project>('POST', `/projects/${id}/approval-request`, body),
    onSuccess: written,
  });
}

/** Declines (PMO) or withdraws (manager) the open approval request. */
export function useDeclineApproval(id: string) {
  const written = useProjectWrites();
  return useMutation({
    mutationFn: (body: ClearApprovalBody) => api<Project>('POST', `/projects/${id}/approval-request/decline`, body),
    onSuccess: written,
  });
}

/** Deletes a project. */
export function useDeleteProject(id: string) {
  const qc = useQueryClient();
  const written = useProjectWrites();
  return useMutation({
    mutationFn: () => api<void>('DELETE', `/projects/${id}`),
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
    queryFn: () => api<ProjectMember[]>('GET', `/projects/${projectId}/members`),
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
      api<ProjectMember>('PUT', `/projects/${projectId}/members/${userId}`, body),
    onSuccess: written,
  });
}

/** Removes a member from the project. */
export function useRemoveMember(projectId: string) {
  const written = useMemberWrites(projectId);
  return useMutation({
    mutationFn: (userId: string) => api<void>('DELETE', `/projects/${projectId}/members/${userId}`),
    onSuccess: written,
  });
}
