import type { CreateResourceBody } from '../../contracts/resources.js';
import type { Actor } from '../../core/permissions.js';
import type { ServiceContext } from '../context.js';
import { unversioned } from '../write-pipeline.js';
import { createResource } from './resource-service.js';

/*
 * A small demo pool, so a fresh start shows the Resources page with something on it: the two team
 * members as people (each with a generic role, skills and a rate; Sam part-time this year), the two
 * roles they fill, and a shared piece of equipment.
 */

/** Loads the demo pool as the PMO; `userIds` maps demo e-mails to user ids, `today` is YYYY-MM-DD. */
export async function loadDemoPool(
  ctx: ServiceContext,
  pmo: Actor,
  userIds: ReadonlyMap<string, string>,
  today: string,
): Promise<void> {
  const add = async (body: CreateResourceBody) => (await createResource(unversioned(ctx, pmo), body)).id;
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const developer = await add({
    code: 'ROLE-DEV',
    name: 'Software developer',
    kind: 'role',
    department: 'IT',
    rates: [{ from: yearStart, standardPerHourMinor: 7000, overtimePerHourMinor: 9000, perUseMinor: 0 }],
  });
  const network = await add({
    code: 'ROLE-NET',
    name: 'Network engineer',
    kind: 'role',
    department: 'Infrastructure',
    rates: [{ from: yearStart, standardPerHourMinor: 6500, overtimePerHourMinor: 8500, perUseMinor: 0 }],
  });
  await add({
    code: 'LFI',
    name: 'Lena Fischer',
    kind: 'person',
    userId: userIds.get('lena@demo.gantry.local') ?? null,
    email: 'lena@demo.gantry.local',
    department: 'IT',
    roleId: developer,
    skills: [
      { skill: 'TypeScript', level: 4 },
      { skill: 'SQL', level: 3 },
    ],
    rates: [{ from: yearStart, standardPerHourMinor: 6800, overtimePerHourMinor: 8800, perUseMinor: 0 }],
  });
  await add({
    code: 'SCA',
    name: 'Sam Carter',
    kind: 'person',
    userId: userIds.get('sam@demo.gantry.local') ?? null,
    email: 'sam@demo.gantry.local',
    department: 'Infrastructure',
    roleId: network,
    skills: [
      { skill: 'Cisco IOS', level: 4 },
      { skill: 'Structured cabling', level: 3 },
    ],
    maxUnits: [{ from: yearStart, unitsPercent: 80 }],
    rates: [{ from: yearStart, standardPerHourMinor: 6200, overtimePerHourMinor: 8000, perUseMinor: 0 }],
  });
  await add({
    code: 'EQ-LAB',
    name: 'Integration test lab',
    kind: 'equipment',
    department: 'IT',
    rates: [{ from: yearStart, standardPerHourMinor: 0, overtimePerHourMinor: 0, perUseMinor: 25000 }],
  });
}
