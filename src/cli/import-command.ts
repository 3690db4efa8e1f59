import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { ClientConfig } from '../config.js';
import type { ImportJobAccepted, ImportResult, Job, Project } from '../contracts/index.js';
import { CliError, callApi } from './client.js';

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
      if (!config.token) await callApi(config, 'GET', '/me'); // the usual "no token" message
      const text = await readFile(file).catch((err: Error) => {
        throw new CliError(`Cannot read ${file}: ${err.message}`, 2);
      });
      const form = new FormData();
      form.set('file', new Blob([text]), basename(file));
      if (flags.name) form.set('name', flags.name);
      const res = await send(config, 'POST', '/projects/import', form);
      const result = res.status === 202 ? await followJob(config, (res.body as ImportJobAccepted).job) : res.body;
      const { projectId, report } =
        res.status === 202
          ? (result as { projectId: string; report: ImportResult['report'] })
          : { projectId: (result as ImportResult).project.id, report: (result as ImportResult).report };
      const project = await callApi<Project>(config, 'GET', `/projects/${projectId}`);
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
async function followJob(config: ClientConfig, job: Job): Promise<unknown> {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {message}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(100, 0, { message: job.message });
  // Ctrl-C cancels the import on the server too, rather than leave it running unwatched.
  const onInterrupt = () => {
    bar.stop();
    void send(config, 'POST', `/jobs/${job.id}/cancel`).finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  try {
    let last = job;
    const res = await fetch(`${config.url}/api/jobs/${job.id}/events`, {
      headers: { authorization: `Bearer ${config.token}` },
    });
    if (!res.ok || !res.body) throw new CliError(`Cannot follow job ${job.id} (HTTP ${res.status})`);
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = res.body.getReader();
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

/** A multipart or empty call, with the API's errors as CliErrors. */
async function send(config: ClientConfig, method: string, path: string, body?: FormData) {
  let res: Response;
  try {
    res = await fetch(`${config.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${config.token}` },
      ...(body ? { body } : {}),
    });
  } catch (err) {
    throw new CliError(`Cannot reach Gantry at ${config.url}: ${(err as Error).cause ?? (err as Error).message}`);
  }
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) {
    const e = json?.error;
    throw new CliError(`${e?.message ?? `HTTP ${res.status}`}${e?.code ? ` [${e.code}]` : ''}`);
  }
  return { status: res.status, body: json as unknown };
}
