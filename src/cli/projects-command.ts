import type { Command } from 'commander';
import type { ClientConfig } from '../config.js';
import type { CreateProjectBody, Project } from '../contracts/index.js';
import type { paths } from '../contracts/openapi.gen.js';
import { apiClient, CliError, ok } from './client.js';
import { registerImportCommand } from './import-command.js';
import { inputError, parseAmountMinor } from './input-errors.js';
import { formatTable } from './table.js';

// config and contracts pull in zod; loaded on first use so `gantry schedule` and `--help` stay quick.
async function clientConfig(flags: ClientFlags): Promise<ClientConfig> {
  const { loadClientConfig } = await import('../config.js');
  return loadClientConfig(process.env, flags);
}

interface ClientFlags {
  url?: string;
  token?: string;
  json?: boolean;
}

const COLUMNS = [
  { key: 'code', title: 'CODE' },
  { key: 'name', title: 'NAME' },
  { key: 'state', title: 'STATE' },
  { key: 'managerName', title: 'MANAGER' },
  { key: 'plannedStart', title: 'START' },
  { key: 'plannedFinish', title: 'FINISH' },
  { key: 'budget', title: 'BUDGET' },
];

function budgetOf(p: Project): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency: p.currency }).format(p.budgetMinor / 100);
}

async function findProject(flags: ClientFlags, ref: string): Promise<Project> {
  const api = apiClient(await clientConfig(flags));
  if (/^[0-9a-f-]{36}$/i.test(ref)) return ok(api.GET('/api/projects/{id}', { params: { path: { id: ref } } }));
  const page = await ok(api.GET('/api/projects', { params: { query: { q: ref, pageSize: 200 } } }));
  const match = page.items.find((p) => p.code.toUpperCase() === ref.toUpperCase());
  if (!match) throw new CliError(`No project with code or id '${ref}' that you can read`);
  return match;
}

type ProjectSort = NonNullable<NonNullable<paths['/api/projects']['get']['parameters']['query']>['sort']>;

function print(flags: ClientFlags, data: unknown, text: () => string) {
  console.log(flags.json ? JSON.stringify(data, null, 2) : text());
}

/** `gantry projects list|show|create`, against a running server. */
export function registerProjectCommands(program: Command): void {
  const projects = program.command('projects').description('list, show and create projects on a Gantry server');
  registerImportCommand(projects);
  const withClient = (cmd: Command) =>
    cmd
      .option('--url <url>', 'Gantry server URL (default $GANTRY_URL or http://localhost:3000)')
      .option('--token <token>', 'personal API token (default $GANTRY_TOKEN)')
      .option('--json', 'print JSON instead of a table');

  withClient(projects.command('list').description('list the projects you can read'))
    .option('-q, --query <text>', 'match code or name')
    .option('--state <states>', 'comma-separated states, e.g. executing,planning')
    .option('--sort <field>', 'sort field, "-" prefix for descending', 'code')
    .action(async (flags: ClientFlags & { query?: string; state?: string; sort: string }) => {
      const api = apiClient(await clientConfig(flags));
      // --sort is the user's text: the server checks it and its 400 names the option.
      const query = { pageSize: 200, sort: flags.sort as ProjectSort, q: flags.query, state: flags.state };
      const page = await ok(api.GET('/api/projects', { params: { query } }), {
        q: { flag: '--query', value: flags.query },
        state: { flag: '--state', value: flags.state },
        sort: { flag: '--sort', value: flags.sort },
      });
      print(flags, page, () => {
        const rows = page.items.map((p) => ({ ...p, budget: budgetOf(p) }));
        return `${formatTable(COLUMNS, rows)}\n${page.total} project(s)${page.total > page.items.length ? `, first ${page.items.length} shown` : ''}`;
      });
    });

  withClient(projects.command('show <codeOrId>').description('show one project')).action(
    async (ref: string, flags: ClientFlags) => {
      const p = await findProject(flags, ref);
      print(flags, p, () =>
        [
          `${p.code}  ${p.name}`,
          `State:      ${p.state}`,
          `Manager:    ${p.managerName ?? '-'}`,
          `Portfolio:  ${p.portfolioName ?? '-'}`,
          `Planned:    ${p.plannedStart ?? '?'} -> ${p.plannedFinish ?? '?'}`,
          `Budget:     ${budgetOf(p)}`,
          `Priority:   ${p.priority}`,
          `Client:     ${p.client || '-'}`,
          `Sponsor:    ${p.sponsor || '-'}`,
          `Objective:  ${p.objective || '-'}`,
          `Tags:       ${p.tags.join(', ') || '-'}`,
        ].join('\n'),
      );
    },
  );

  withClient(projects.command('create').description('create a project (state: proposed)'))
    .requiredOption('--name <name>', 'project name')
    .option('--code <code>', 'project code like PRJ-0042 (default: next free)')
    .option('--objective <text>', 'objective')
    .option('--start <date>', 'planned start, YYYY-MM-DD')
    .option('--finish <date>', 'planned finish, YYYY-MM-DD')
    .option('--budget <amount>', 'budget in major units, e.g. 125000.50')
    .option('--currency <code>', 'ISO currency', 'EUR')
    .option('--portfolio <id>', 'portfolio id')
    .action(async (flags: ClientFlags & Record<string, string | undefined>) => {
      const body: CreateProjectBody = {
        name: flags.name as string,
        ...(flags.code ? { code: flags.code } : {}),
        ...(flags.objective ? { objective: flags.objective } : {}),
        ...(flags.start ? { plannedStart: flags.start } : {}),
        ...(flags.finish ? { plannedFinish: flags.finish } : {}),
        ...(flags.budget !== undefined ? { budgetMinor: parseAmountMinor('--budget', flags.budget) } : {}),
        ...(flags.currency ? { currency: flags.currency } : {}),
        ...(flags.portfolio ? { portfolioId: flags.portfolio } : {}),
      };
      const options = {
        name: { flag: '--name', value: flags.name },
        code: { flag: '--code', value: flags.code },
        objective: { flag: '--objective', value: flags.objective },
        plannedStart: { flag: '--start', value: flags.start },
        plannedFinish: { flag: '--finish', value: flags.finish },
        budgetMinor: { flag: '--budget', value: flags.budget },
        currency: { flag: '--currency', value: flags.currency },
        portfolioId: { flag: '--portfolio', value: flags.portfolio },
      };
      // Check locally first, so a typo is reported with its option before any network call.
      const { CreateProjectBody: CreateSchema } = await import('../contracts/index.js');
      const parsed = CreateSchema.safeParse(body);
      if (!parsed.success) {
        throw inputError(
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          options,
        );
      }
      const p = await ok(apiClient(await clientConfig(flags)).POST('/api/projects', { body }), options);
      print(flags, p, () => `Created ${p.code} ${p.name} (${p.id})`);
    });
}
