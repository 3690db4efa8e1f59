import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meKey } from './auth.js';
import { isApiError } from './client.js';

/** The app's one QueryClient. A 401 from any call means the session is gone: forget the user so the app shows the login page. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 'unauthenticated')) client.setQueryData(meKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Retrying a 4xx only delays the message the user needs to see.
        retry: (count, error) => count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
