import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useCurrentUser } from '../api/auth.js';
import { can } from '../lib/can.js';
import { NewProjectModal } from './NewProjectModal.js';

/**
 * The "New project" header button, the empty-list call to action and the modal they open, for
 * pages that list projects. All three are null for users who may not create projects.
 */
export function useNewProject(portfolioId: string | null): {
  readonly button: ReactNode;
  readonly emptyAction: ReactNode | undefined;
  readonly modal: ReactNode;
} {
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!can(me, 'project.create')) return { button: null, emptyAction: undefined, modal: null };
  return {
    button: (
      <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen(true)}>
        New project
      </Button>
    ),
    emptyAction: (
      <Button variant="light" onClick={() => setOpen(true)}>
        Create your first project
      </Button>
    ),
    modal: open ? <NewProjectModal portfolioId={portfolioId} onClose={() => setOpen(false)} /> : null,
  };
}
