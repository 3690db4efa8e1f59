import type { Principal } from '../services/auth-service.js';
import type { ServiceContext } from '../services/context.js';

/** Hono's typed per-request variables. */
export interface AppEnv {
  Variables: {
    ctx: ServiceContext;
    principal: Principal | null;
    sessionSecret: string | null;
  };
}
