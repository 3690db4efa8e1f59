import type { TestClient, TestResponse } from './client.js';

/** The import route's multipart form: the file, named as a browser would send it, and any other fields. */
export function importForm(fileName: string, text: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new Blob([text]), fileName);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

/**
 * Imports a plan file as a user would and waits for the outcome: a small file answers 201 at once,
 * a large one 202 with a job that is followed to its end. Either way the answer is the 201 shape,
 * `{project, report}`, or the refusal or the failed job's error.
 */
export async function importPlan(client: TestClient, form: FormData, timeoutMs = 60_000): Promise<TestResponse> {
  const res = await client.upload('/api/projects/import', form);
  if (res.status !== 202) return res;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data: job } = await client.api.GET('/api/jobs/{id}', { params: { path: { id: res.body.job.id } } });
    if (!job) throw new Error(`import job ${res.body.job.id} cannot be read`);
    if (job.state === 'done') {
      const result = job.result as { projectId: string; report: unknown };
      const project = await client.api.GET('/api/projects/{id}', { params: { path: { id: result.projectId } } });
      return { status: 201, body: { project: project.data, report: result.report }, headers: res.headers };
    }
    if (job.state === 'failed' || job.state === 'cancelled') {
      return { status: 400, body: { error: job.error ?? { code: job.state } }, headers: res.headers };
    }
    if (Date.now() > deadline) throw new Error(`import job ${job.id} still ${job.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
