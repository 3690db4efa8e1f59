import { Alert } from '@mantine/core';
import { errorMessage, isApiError } from '../api/client.js';

/** Why a write to the project failed; a stale version says the page now shows the latest one. */
export function ProjectWriteError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {isApiError(error, 'version_conflict')
        ? 'Someone else changed this project meanwhile. The page now shows the latest version; check it and try again.'
        : errorMessage(error)}
    </Alert>
  );
}
