import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { errorMessage, gantry, ok } from '../../api/client.js';
import { planKeys } from '../../api/plan.js';

/** The plan's leveling actions: the dialog's open state and "Clear leveling" (one undoable write). */
export function useLeveling(projectId: string, planVersion: number) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const clear = useMutation({
    mutationFn: () =>
      ok(
        gantry.POST('/api/projects/{id}/level/clear', {
          params: { path: { id: projectId } },
          body: { version: planVersion },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: planKeys.all(projectId) });
      notifications.show({ message: 'Leveling cleared. Undo takes it back.' });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
  });
  const show = useCallback(() => setOpen(true), []);
  const hide = useCallback(() => setOpen(false), []);
  const clearLeveling = useCallback(() => clear.mutate(), [clear]);
  return { open, show, hide, clearLeveling };
}
