import type { AuditEntry } from '../contracts/index.js';

type Changes = AuditEntry['changes'];

// Plan writes name each task as "Name [uuid]" (so a rename or a duplicate name stays traceable);
// people read the name.
const TASK_FIELD_KEY = /^(.*) \[[0-9a-f-]{36}\] \w+$/i;
const TASK_ITEM = /^(.*) \[[0-9a-f-]{36}\]$/i;

/** The names of the tasks a plan entry touched, in the order recorded, each once. */
export function auditTaskNames(changes: Changes): string[] {
  const names = new Set<string>();
  for (const [key, change] of Object.entries(changes)) {
    const field = TASK_FIELD_KEY.exec(key);
    if (field?.[1]) names.add(field[1]);
    for (const side of [change.before, change.after]) {
      if (!Array.isArray(side)) continue;
      for (const item of side) {
        const m = typeof item === 'string' ? TASK_ITEM.exec(item) : null;
        if (m?.[1]) names.add(m[1]);
      }
    }
  }
  return [...names];
}

/** "A, B, C and 4 more": a list of names short enough for one table cell. */
export function nameList(names: readonly string[], shown = 3): string | null {
  if (names.length === 0) return null;
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

function recordedName(changes: Changes): string | null {
  const name = changes.name;
  const value = name?.after ?? name?.before;
  return typeof value === 'string' && value ? value : null;
}

/** What an entry is about, as people name it: task names for plan writes, else the entity's name. */
export function auditEntityLabel(
  entry: { entityType: string; entityId: string; changes: Changes },
  currentName: string | null,
  projectName: string | null,
  memberNames: ReadonlyMap<string, string>,
): string | null {
  switch (entry.entityType) {
    case 'plan':
      return nameList(auditTaskNames(entry.changes));
    case 'project':
      return projectName ?? recordedName(entry.changes);
    case 'project_member':
      return memberNames.get(entry.entityId.split('/')[1] ?? '') ?? null;
    default:
      return currentName ?? recordedName(entry.changes);
  }
}

/** The project code of an entry whose project is gone: a deleted project's entries recorded it. */
export function recordedProjectCode(changes: Changes): string | null {
  const code = changes.code?.before ?? changes.code?.after;
  return typeof code === 'string' ? code : null;
}
