import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/auth.js';
import { ErrorState, PageLoader } from './QueryStates.js';

/** Renders its children only for a signed-in user; otherwise sends them to the login page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader label="Loading Gantry" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} title="Cannot load your session" />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return children;
}
