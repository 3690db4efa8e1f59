import type { Principal } from '../services/auth-service.js';
import type { ServiceContext } from '../services/context.js';
import type { ClientAddress } from './client-address.js';

/** Hono's typed per-request variables. */
export interface AppEnv {
  Variables: {
    ctx: ServiceContext;
    principal: Principal | null;
    sessionSecret: string | null;
    /** The client's address and scheme, through trusted proxies (GANTRY_TRUST_PROXY). */
    client: ClientAddress;
  };
}
