import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { ImportResult, Job } from '../contracts/index.js';
import { apiClient, CliError, type GantryApi, ok } from './client.js';

interface ImportFlags {
  url?: string;
  token?: string;
  json?: boolean;
  name?: string;
}

/** `gantry projects import FILE`: uploads a plan file; a large one is followed as a job with a progress bar. */
export function registerImportCommand(projects: Command): void {
  projects
    .command('import <file>')
    .description('create a project from an MS Project XML or Primavera XER file (large files: with a progress bar)')
    .option('--name <name>', "the new project's name (default: the file's)")
    .option('--url <url>', 'Gantry server URL (default $GANTRY_URL or http://localhost:3000)')
    .option('--token <token>', 'personal API token (default $GANTRY_TOKEN)')
    .option('--json', 'print the import report as JSON')
    .action(async (file: string, flags: ImportFlags) => {
      const { loadClientConfig } = await import('../config.js');
      const config = loadClientConfig(process.env, flags);
      const api = apiClient(config); // first: the usual "no token" message before reading a large file
      const text = await readFile(file).catch((err: Error) => {
        throw new CliError(`Cannot read ${file}: ${err.message}`, 2);
      });
      const upload = { file: new File([text], basename(file)), ...(flags.name ? { name: flags.name } : {}) };
      const answer = await ok(api.POST('/api/projects/import', { body: upload, bodySerializer: asForm }));
      // 201: imported at once; 202: a large file, imported by a job that answers the same two things.
      const { projectId, report } =
        'job' in answer
          ? ((await followJob(api, answer.job)) as { projectId: string; report: ImportResult['report'] })
          : { projectId: answer.project.id, report: answer.report };
      const project = await ok(api.GET('/api/projects/{id}', { params: { path: { id: projectId } } }));
      if (flags.json) {
        console.log(
          JSON.stringify({ project: { id: project.id, code: project.code, name: project.name }, report }, null, 2),
        );
        return;
      }
      console.log(
        `Imported ${project.code} ${project.name} (${project.id}): ${report.taskCount} tasks, ${report.linkCount} links, ${report.calendarCount} calendars`,
      );
      for (const n of report.notes) console.log(`  ${n.kind}: ${n.what} (${n.count})`);
    });
}

/** Follows a job's event stream with a progress bar on stderr; answers its result, or throws its error. */
async function followJob(api: GantryApi, job: Job): Promise<unknown> {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {message}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(100, 0, { message: job.message });
  // Ctrl-C cancels the import on the server too, rather than leave it running unwatched.
  const onInterrupt = () => {
    bar.stop();
    void ok(api.POST('/api/jobs/{id}/cancel', { params: { path: { id: job.id } } }))
      .catch(() => {})
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  try {
    let last = job;
    const { data: stream, response } = await api.GET('/api/jobs/{id}/events', {
      params: { path: { id: job.id } },
      parseAs: 'stream',
    });
    if (!response.ok || !stream) throw new CliError(`Cannot follow job ${job.id} (HTTP ${response.status})`);
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('data: ')) continue;
        last = JSON.parse(line.slice(6)) as Job;
        bar.update(Math.round(last.progress * 100), { message: last.message });
      }
    }
    bar.stop();
    if (last.state === 'done') return last.result;
    if (last.state === 'cancelled') throw new CliError('The import was cancelled');
    throw new CliError(
      `The import failed: ${last.error?.message ?? last.message}${last.error ? ` [${last.error.code}]` : ''}`,
    );
  } finally {
    bar.stop();
    process.removeListener('SIGINT', onInterrupt);
  }
}

/** The upload as the multipart form the server reads (a browser's file form sends the same). */
function asForm(body: { file?: Blob; name?: string }): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) if (value) form.set(key, value);
  return form;
}
