/**
 * The Gantry API's types, generated from its OpenAPI document by `npm run gen:client`
 * (scripts/client): do not edit. `npm test` fails when this file differs from what the routes produce.
 * Typed clients: web/src/api/client.ts, src/cli/client.ts, src/test-support/client.ts.
 */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Health check */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Health'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; sets the session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many failed attempts */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, or null (never 401) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your API tokens */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiToken'][];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an API token (the secret is shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default 90 */
            expiresInDays?: number;
            /**
             * @default [
             *       "read",
             *       "write"
             *     ]
             */
            scopes?: ('read' | 'write' | 'admin')[];
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CreatedToken'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          role?: components['schemas']['SystemRole'];
          active?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UserPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a user */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            name: string;
            /** @enum {string} */
            role: 'admin' | 'pmo' | 'project_manager' | 'team_member' | 'stakeholder';
            password: string;
            /** @default true */
            active?: boolean;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a user (role, active, name, email, password) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email?: string;
            name?: string;
            /** @enum {string} */
            role?: 'admin' | 'pmo' | 'project_manager' | 'team_member' | 'stakeholder';
            active?: boolean;
            password?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/portfolios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List portfolios */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a portfolio */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default  */
            description?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            ownerId?: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Portfolio'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolios/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One portfolio */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Portfolio'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete an empty portfolio */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a portfolio */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            ownerId?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Portfolio'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the projects you can read */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description Matches code or name, ignoring case */
          q?: string;
          /** @description Comma-separated states */
          state?: string;
          /** @description Resource id (UUID) */
          portfolioId?: string;
          /** @description Resource id (UUID) */
          managerId?: string;
          tag?: string;
          /** @description true: only projects awaiting the PMO's approval; false: only the others */
          approvalRequested?: 'true' | 'false';
          sort?:
            | 'code'
            | 'name'
            | 'state'
            | 'plannedStart'
            | 'plannedFinish'
            | 'budgetMinor'
            | 'priority'
            | 'updatedAt'
            | 'manager'
            | '-code'
            | '-name'
            | '-state'
            | '-plannedStart'
            | '-plannedFinish'
            | '-budgetMinor'
            | '-priority'
            | '-updatedAt'
            | '-manager';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a project */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            name: string;
            /** @default  */
            objective?: string;
            /** @default  */
            inScope?: string;
            /** @default  */
            outOfScope?: string;
            /** @default  */
            client?: string;
            /** @default  */
            sponsor?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            managerId?: string | null;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @default null
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            portfolioId?: string | null;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @default null
             * @example 2026-01-15
             */
            plannedStart?: string | null;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @default null
             * @example 2026-01-15
             */
            plannedFinish?: string | null;
            /** @default 0 */
            budgetMinor?: number;
            /** @default EUR */
            currency?: string;
            /** @default 3 */
            priority?: number;
            /** @default [] */
            tags?: string[];
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Project'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Project'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a project */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update charter fields */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            name?: string;
            objective?: string;
            inScope?: string;
            outOfScope?: string;
            client?: string;
            sponsor?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            managerId?: string | null;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            portfolioId?: string | null;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            plannedStart?: string | null;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            plannedFinish?: string | null;
            budgetMinor?: number;
            currency?: string;
            priority?: number;
            tags?: string[];
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Project'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the project to another lifecycle state */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            to: 'proposed' | 'approved' | 'planning' | 'executing' | 'closing' | 'closed' | 'cancelled' | 'on_hold';
            /** @default  */
            reason?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Project'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Transition not allowed from the current state */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/approval-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the PMO to approve this proposed project */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Project'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not proposed, or already requested */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/approval-request/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline (PMO) or withdraw (manager) the open approval request */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            reason?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Project'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No approval request is open */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Project members */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectMember'][];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add a member or change their relation */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            relation: 'team_member' | 'stakeholder';
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectMember'][];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Remove a member */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a project from an MS Project XML or Primavera XER file */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description MS Project XML (.xml) or Primavera XER (.xer)
             */
            file?: Blob;
            name?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            portfolioId?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            managerId?: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportResult'];
          };
        };
        /** @description A large file: imported by a background job */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportJobAccepted'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the plan as MS Project XML or CSV */
    get: {
      parameters: {
        query?: {
          format?: 'mspdi' | 'csv';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/xml': string;
            'text/csv': string;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tasks in WBS order, scheduled
     * @description With `format=columns`, one array per field (PlanTaskColumns): a fifth of the size, for big plans.
     */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'columns';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanTasks'] | components['schemas']['PlanTaskColumns'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Insert tasks (and links among them) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            beforeId?: string | null;
            tasks: {
              name: string;
              notes?: string;
              durationMinutes?: number;
              elapsed?: boolean;
              milestone?: boolean;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              calendarId?: string | null;
              /** @enum {string} */
              constraintType?:
                | 'asap'
                | 'alap'
                | 'startNoEarlierThan'
                | 'startNoLaterThan'
                | 'finishNoEarlierThan'
                | 'finishNoLaterThan'
                | 'mustStartOn'
                | 'mustFinishOn'
                | 'startOn'
                | 'finishOn';
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              constraintDate?: string | null;
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              deadline?: string | null;
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              actualStart?: string | null;
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              actualFinish?: string | null;
              percentComplete?: number;
              remainingDurationMinutes?: number | null;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              responsibleId?: string | null;
              /** @enum {string} */
              taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
              effortDriven?: boolean;
              priority?: number;
              levelingDelayMinutes?: number;
              fixedCostMinor?: number;
              /** @enum {string} */
              fixedCostAccrual?: 'start' | 'prorated' | 'end';
              physicalPercentComplete?: number;
              /** @enum {string|null} */
              evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              id?: string;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              parentId?: string | null;
            }[];
            /** @default [] */
            links?: {
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              id?: string;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              predecessorId: string;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              successorId: string;
              /**
               * @default FS
               * @enum {string}
               */
              type?: 'FS' | 'SS' | 'FF' | 'SF';
              /**
               * @default working
               * @enum {string}
               */
              lagKind?: 'working' | 'elapsed' | 'percent';
              /** @default 0 */
              lag?: number;
            }[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    /** Edit many tasks (team members: progress on their own tasks) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            tasks: {
              name?: string;
              notes?: string;
              durationMinutes?: number;
              elapsed?: boolean;
              milestone?: boolean;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              calendarId?: string | null;
              /** @enum {string} */
              constraintType?:
                | 'asap'
                | 'alap'
                | 'startNoEarlierThan'
                | 'startNoLaterThan'
                | 'finishNoEarlierThan'
                | 'finishNoLaterThan'
                | 'mustStartOn'
                | 'mustFinishOn'
                | 'startOn'
                | 'finishOn';
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              constraintDate?: string | null;
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              deadline?: string | null;
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              actualStart?: string | null;
              /**
               * @description Local date-time without zone
               * @example 2024-01-08T08:00
               */
              actualFinish?: string | null;
              percentComplete?: number;
              remainingDurationMinutes?: number | null;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              responsibleId?: string | null;
              /** @enum {string} */
              taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
              effortDriven?: boolean;
              priority?: number;
              levelingDelayMinutes?: number;
              fixedCostMinor?: number;
              /** @enum {string} */
              fixedCostAccrual?: 'start' | 'prorated' | 'end';
              physicalPercentComplete?: number;
              /** @enum {string|null} */
              evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              id: string;
            }[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a task with its subtree and links */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit one task */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            notes?: string;
            durationMinutes?: number;
            elapsed?: boolean;
            milestone?: boolean;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            calendarId?: string | null;
            /** @enum {string} */
            constraintType?:
              | 'asap'
              | 'alap'
              | 'startNoEarlierThan'
              | 'startNoLaterThan'
              | 'finishNoEarlierThan'
              | 'finishNoLaterThan'
              | 'mustStartOn'
              | 'mustFinishOn'
              | 'startOn'
              | 'finishOn';
            /**
             * @description Local date-time without zone
             * @example 2024-01-08T08:00
             */
            constraintDate?: string | null;
            /**
             * @description Local date-time without zone
             * @example 2024-01-08T08:00
             */
            deadline?: string | null;
            /**
             * @description Local date-time without zone
             * @example 2024-01-08T08:00
             */
            actualStart?: string | null;
            /**
             * @description Local date-time without zone
             * @example 2024-01-08T08:00
             */
            actualFinish?: string | null;
            percentComplete?: number;
            remainingDurationMinutes?: number | null;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            responsibleId?: string | null;
            /** @enum {string} */
            taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
            effortDriven?: boolean;
            priority?: number;
            levelingDelayMinutes?: number;
            fixedCostMinor?: number;
            /** @enum {string} */
            fixedCostAccrual?: 'start' | 'prorated' | 'end';
            physicalPercentComplete?: number;
            /** @enum {string|null} */
            evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/tasks/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move tasks with their subtrees */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            taskIds: string[];
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            parentId: string | null;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            beforeId?: string | null;
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/tasks/indent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Indent tasks under their previous sibling */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            taskIds: string[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/tasks/outdent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Outdent tasks (following siblings become their children) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            taskIds: string[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/tasks/delete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete tasks with their subtrees and links */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            taskIds: string[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Links of the plan
     * @description With `format=columns`, one array per field (PlanLinkColumns): about half the size, for big plans.
     */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'columns';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanLinks'] | components['schemas']['PlanLinkColumns'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add links */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            links: {
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              id?: string;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              predecessorId: string;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              successorId: string;
              /**
               * @default FS
               * @enum {string}
               */
              type?: 'FS' | 'SS' | 'FF' | 'SF';
              /**
               * @default working
               * @enum {string}
               */
              lagKind?: 'working' | 'elapsed' | 'percent';
              /** @default 0 */
              lag?: number;
            }[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a link */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          linkId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a link's type or lag */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          linkId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            /** @enum {string} */
            type?: 'FS' | 'SS' | 'FF' | 'SF';
            /** @enum {string} */
            lagKind?: 'working' | 'elapsed' | 'percent';
            lag?: number;
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/links/delete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete links */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            linkIds: string[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scheduled plan, as `gantry schedule --json` prints it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScheduleDocument'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Project start, status date, default calendar */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Local date-time without zone
             * @example 2024-01-08T08:00
             */
            projectStart?: string;
            /**
             * @description Local date-time without zone
             * @example 2024-01-08T08:00
             */
            statusDate?: string | null;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            defaultCalendarId?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/plan/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Plan, charter and first-baseline finish side by side, percent complete, next milestones */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanSummary'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/plan/ops': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a list of plan ops, all or none (400 names the op and field) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            label?: string;
            ops: (
              | {
                  /** @enum {string} */
                  op: 'insertTasks';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  beforeId?: string | null;
                  tasks: {
                    name: string;
                    notes?: string;
                    durationMinutes?: number;
                    elapsed?: boolean;
                    milestone?: boolean;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    calendarId?: string | null;
                    /** @enum {string} */
                    constraintType?:
                      | 'asap'
                      | 'alap'
                      | 'startNoEarlierThan'
                      | 'startNoLaterThan'
                      | 'finishNoEarlierThan'
                      | 'finishNoLaterThan'
                      | 'mustStartOn'
                      | 'mustFinishOn'
                      | 'startOn'
                      | 'finishOn';
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    constraintDate?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    deadline?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualStart?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualFinish?: string | null;
                    percentComplete?: number;
                    remainingDurationMinutes?: number | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    responsibleId?: string | null;
                    /** @enum {string} */
                    taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
                    effortDriven?: boolean;
                    priority?: number;
                    levelingDelayMinutes?: number;
                    fixedCostMinor?: number;
                    /** @enum {string} */
                    fixedCostAccrual?: 'start' | 'prorated' | 'end';
                    physicalPercentComplete?: number;
                    /** @enum {string|null} */
                    evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    parentId?: string | null;
                  }[];
                  /** @default [] */
                  links?: {
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    predecessorId: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    successorId: string;
                    /**
                     * @default FS
                     * @enum {string}
                     */
                    type?: 'FS' | 'SS' | 'FF' | 'SF';
                    /**
                     * @default working
                     * @enum {string}
                     */
                    lagKind?: 'working' | 'elapsed' | 'percent';
                    /** @default 0 */
                    lag?: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  op: 'updateTask';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  taskId: string;
                  fields: {
                    name?: string;
                    notes?: string;
                    durationMinutes?: number;
                    elapsed?: boolean;
                    milestone?: boolean;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    calendarId?: string | null;
                    /** @enum {string} */
                    constraintType?:
                      | 'asap'
                      | 'alap'
                      | 'startNoEarlierThan'
                      | 'startNoLaterThan'
                      | 'finishNoEarlierThan'
                      | 'finishNoLaterThan'
                      | 'mustStartOn'
                      | 'mustFinishOn'
                      | 'startOn'
                      | 'finishOn';
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    constraintDate?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    deadline?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualStart?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualFinish?: string | null;
                    percentComplete?: number;
                    remainingDurationMinutes?: number | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    responsibleId?: string | null;
                    /** @enum {string} */
                    taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
                    effortDriven?: boolean;
                    priority?: number;
                    levelingDelayMinutes?: number;
                    fixedCostMinor?: number;
                    /** @enum {string} */
                    fixedCostAccrual?: 'start' | 'prorated' | 'end';
                    physicalPercentComplete?: number;
                    /** @enum {string|null} */
                    evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'moveTasks';
                  taskIds: string[];
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  parentId: string | null;
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  beforeId?: string | null;
                }
              | {
                  /** @enum {string} */
                  op: 'indentTasks';
                  taskIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'outdentTasks';
                  taskIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'deleteTasks';
                  taskIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'addLinks';
                  links: {
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    predecessorId: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    successorId: string;
                    /**
                     * @default FS
                     * @enum {string}
                     */
                    type?: 'FS' | 'SS' | 'FF' | 'SF';
                    /**
                     * @default working
                     * @enum {string}
                     */
                    lagKind?: 'working' | 'elapsed' | 'percent';
                    /** @default 0 */
                    lag?: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  op: 'updateLink';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  linkId: string;
                  fields: {
                    /** @enum {string} */
                    type?: 'FS' | 'SS' | 'FF' | 'SF';
                    /** @enum {string} */
                    lagKind?: 'working' | 'elapsed' | 'percent';
                    lag?: number;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'deleteLinks';
                  linkIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'updatePlan';
                  fields: {
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    projectStart?: string;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    statusDate?: string | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    defaultCalendarId?: string;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'addAssignments';
                  assignments: {
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    taskId: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    resourceId: string;
                    unitsPercent?: number;
                    workMinutes?: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  op: 'updateAssignment';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  assignmentId: string;
                  fields: {
                    unitsPercent?: number;
                    workMinutes?: number;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    resourceId?: string;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'deleteAssignments';
                  assignmentIds: string[];
                }
            )[];
          };
        };
      };
      responses: {
        /** @description The new plan version and every task whose fields or dates changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/plan/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the caller could undo and redo on this plan */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanHistory'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/plan/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take back the caller's newest edit (409 when someone changed the same things since) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanStepResult'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/plan/redo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply again the caller's most recently undone edit */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanStepResult'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own scenarios of the project */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScenarioList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Open a scenario on the live plan (needs the right to edit the plan) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
          };
        };
      };
      responses: {
        /** @description Opened */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scenario'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the caller’s scenarios */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scenario'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Discard a scenario (the live plan is untouched) */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Discarded */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename a scenario */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scenario'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/ops': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an edit (plan ops, all or none; 400 names the op and field) to a scenario */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            label?: string;
            ops: (
              | {
                  /** @enum {string} */
                  op: 'insertTasks';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  beforeId?: string | null;
                  tasks: {
                    name: string;
                    notes?: string;
                    durationMinutes?: number;
                    elapsed?: boolean;
                    milestone?: boolean;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    calendarId?: string | null;
                    /** @enum {string} */
                    constraintType?:
                      | 'asap'
                      | 'alap'
                      | 'startNoEarlierThan'
                      | 'startNoLaterThan'
                      | 'finishNoEarlierThan'
                      | 'finishNoLaterThan'
                      | 'mustStartOn'
                      | 'mustFinishOn'
                      | 'startOn'
                      | 'finishOn';
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    constraintDate?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    deadline?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualStart?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualFinish?: string | null;
                    percentComplete?: number;
                    remainingDurationMinutes?: number | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    responsibleId?: string | null;
                    /** @enum {string} */
                    taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
                    effortDriven?: boolean;
                    priority?: number;
                    levelingDelayMinutes?: number;
                    fixedCostMinor?: number;
                    /** @enum {string} */
                    fixedCostAccrual?: 'start' | 'prorated' | 'end';
                    physicalPercentComplete?: number;
                    /** @enum {string|null} */
                    evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    parentId?: string | null;
                  }[];
                  /** @default [] */
                  links?: {
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    predecessorId: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    successorId: string;
                    /**
                     * @default FS
                     * @enum {string}
                     */
                    type?: 'FS' | 'SS' | 'FF' | 'SF';
                    /**
                     * @default working
                     * @enum {string}
                     */
                    lagKind?: 'working' | 'elapsed' | 'percent';
                    /** @default 0 */
                    lag?: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  op: 'updateTask';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  taskId: string;
                  fields: {
                    name?: string;
                    notes?: string;
                    durationMinutes?: number;
                    elapsed?: boolean;
                    milestone?: boolean;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    calendarId?: string | null;
                    /** @enum {string} */
                    constraintType?:
                      | 'asap'
                      | 'alap'
                      | 'startNoEarlierThan'
                      | 'startNoLaterThan'
                      | 'finishNoEarlierThan'
                      | 'finishNoLaterThan'
                      | 'mustStartOn'
                      | 'mustFinishOn'
                      | 'startOn'
                      | 'finishOn';
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    constraintDate?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    deadline?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualStart?: string | null;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    actualFinish?: string | null;
                    percentComplete?: number;
                    remainingDurationMinutes?: number | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    responsibleId?: string | null;
                    /** @enum {string} */
                    taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
                    effortDriven?: boolean;
                    priority?: number;
                    levelingDelayMinutes?: number;
                    fixedCostMinor?: number;
                    /** @enum {string} */
                    fixedCostAccrual?: 'start' | 'prorated' | 'end';
                    physicalPercentComplete?: number;
                    /** @enum {string|null} */
                    evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'moveTasks';
                  taskIds: string[];
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  parentId: string | null;
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  beforeId?: string | null;
                }
              | {
                  /** @enum {string} */
                  op: 'indentTasks';
                  taskIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'outdentTasks';
                  taskIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'deleteTasks';
                  taskIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'addLinks';
                  links: {
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    predecessorId: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    successorId: string;
                    /**
                     * @default FS
                     * @enum {string}
                     */
                    type?: 'FS' | 'SS' | 'FF' | 'SF';
                    /**
                     * @default working
                     * @enum {string}
                     */
                    lagKind?: 'working' | 'elapsed' | 'percent';
                    /** @default 0 */
                    lag?: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  op: 'updateLink';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  linkId: string;
                  fields: {
                    /** @enum {string} */
                    type?: 'FS' | 'SS' | 'FF' | 'SF';
                    /** @enum {string} */
                    lagKind?: 'working' | 'elapsed' | 'percent';
                    lag?: number;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'deleteLinks';
                  linkIds: string[];
                }
              | {
                  /** @enum {string} */
                  op: 'updatePlan';
                  fields: {
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    projectStart?: string;
                    /**
                     * @description Local date-time without zone
                     * @example 2024-01-08T08:00
                     */
                    statusDate?: string | null;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    defaultCalendarId?: string;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'addAssignments';
                  assignments: {
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    taskId: string;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    resourceId: string;
                    unitsPercent?: number;
                    workMinutes?: number;
                  }[];
                }
              | {
                  /** @enum {string} */
                  op: 'updateAssignment';
                  /**
                   * Format: uuid
                   * @description Resource id (UUID)
                   * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                   */
                  assignmentId: string;
                  fields: {
                    unitsPercent?: number;
                    workMinutes?: number;
                    /**
                     * Format: uuid
                     * @description Resource id (UUID)
                     * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
                     */
                    resourceId?: string;
                  };
                }
              | {
                  /** @enum {string} */
                  op: 'deleteAssignments';
                  assignmentIds: string[];
                }
            )[];
          };
        };
      };
      responses: {
        /** @description The scenario with the new step */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scenario'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take back the scenario's last edit */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scenario'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scenario’s schedule: the live plan with its edits, rescheduled (shape of GET /schedule) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScheduleDocument'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The scenario’s tasks (shape of GET /tasks; the plan view opens a scenario with them)
     * @description With `format=columns`, one array per field (PlanTaskColumns), as GET /tasks.
     */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'columns';
        };
        header?: never;
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanTasks'] | components['schemas']['PlanTaskColumns'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The scenario’s links (shape of GET /links)
     * @description With `format=columns`, one array per field (PlanLinkColumns), as GET /links.
     */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'columns';
        };
        header?: never;
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanLinks'] | components['schemas']['PlanLinkColumns'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the scenario changes against the live plan (working minutes; dates as in /schedule) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScenarioImpact'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/scenarios/{sid}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply the scenario to the live plan as one undoable edit (409 names the tasks changed under it) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          sid: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description The live plan’s change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisation-wide calendars */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CalendarList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add an organisation-wide calendar */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default 8 */
            hoursPerDay?: number;
            /** @default 40 */
            hoursPerWeek?: number;
            /** @default 20 */
            daysPerMonth?: number;
            week: {
              monday?: string[];
              tuesday?: string[];
              wednesday?: string[];
              thursday?: string[];
              friday?: string[];
              saturday?: string[];
              sunday?: string[];
            };
            /** @default [] */
            exceptions?: {
              name?: string;
              from: string;
              to?: string;
              /** @default [] */
              working?: string[];
              recurrence?:
                | {
                    /** @enum {string} */
                    kind: 'daily';
                    everyDays: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'weekly';
                    everyWeeks: number;
                    weekdays: number[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByDate';
                    everyMonths: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByWeekday';
                    everyMonths: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByDate';
                    month: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByWeekday';
                    month: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  };
              occurrences?: number;
            }[];
            /** @default [] */
            workWeeks?: {
              from: string;
              to: string;
              week: {
                monday?: string[];
                tuesday?: string[];
                wednesday?: string[];
                thursday?: string[];
                friday?: string[];
                saturday?: string[];
                sunday?: string[];
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Calendar'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/{calendarId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an organisation calendar no plan uses */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an organisation calendar; every plan using it is rescheduled */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            hoursPerDay?: number;
            hoursPerWeek?: number;
            daysPerMonth?: number;
            week?: {
              monday?: string[];
              tuesday?: string[];
              wednesday?: string[];
              thursday?: string[];
              friday?: string[];
              saturday?: string[];
              sunday?: string[];
            };
            exceptions?: {
              name?: string;
              from: string;
              to?: string;
              /** @default [] */
              working?: string[];
              recurrence?:
                | {
                    /** @enum {string} */
                    kind: 'daily';
                    everyDays: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'weekly';
                    everyWeeks: number;
                    weekdays: number[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByDate';
                    everyMonths: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByWeekday';
                    everyMonths: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByDate';
                    month: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByWeekday';
                    month: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  };
              occurrences?: number;
            }[];
            workWeeks?: {
              from: string;
              to: string;
              week: {
                monday?: string[];
                tuesday?: string[];
                wednesday?: string[];
                thursday?: string[];
                friday?: string[];
                saturday?: string[];
                sunday?: string[];
              };
            }[];
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description The calendar; plans using it have been rescheduled */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Calendar'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Calendars a project may use: the organisation's, then its own */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CalendarList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a calendar of this project */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default 8 */
            hoursPerDay?: number;
            /** @default 40 */
            hoursPerWeek?: number;
            /** @default 20 */
            daysPerMonth?: number;
            week: {
              monday?: string[];
              tuesday?: string[];
              wednesday?: string[];
              thursday?: string[];
              friday?: string[];
              saturday?: string[];
              sunday?: string[];
            };
            /** @default [] */
            exceptions?: {
              name?: string;
              from: string;
              to?: string;
              /** @default [] */
              working?: string[];
              recurrence?:
                | {
                    /** @enum {string} */
                    kind: 'daily';
                    everyDays: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'weekly';
                    everyWeeks: number;
                    weekdays: number[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByDate';
                    everyMonths: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByWeekday';
                    everyMonths: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByDate';
                    month: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByWeekday';
                    month: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  };
              occurrences?: number;
            }[];
            /** @default [] */
            workWeeks?: {
              from: string;
              to: string;
              week: {
                monday?: string[];
                tuesday?: string[];
                wednesday?: string[];
                thursday?: string[];
                friday?: string[];
                saturday?: string[];
                sunday?: string[];
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Calendar'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/calendars/{calendarId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of the project's calendars that no task uses */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change one of the project's calendars; its plan is rescheduled */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            hoursPerDay?: number;
            hoursPerWeek?: number;
            daysPerMonth?: number;
            week?: {
              monday?: string[];
              tuesday?: string[];
              wednesday?: string[];
              thursday?: string[];
              friday?: string[];
              saturday?: string[];
              sunday?: string[];
            };
            exceptions?: {
              name?: string;
              from: string;
              to?: string;
              /** @default [] */
              working?: string[];
              recurrence?:
                | {
                    /** @enum {string} */
                    kind: 'daily';
                    everyDays: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'weekly';
                    everyWeeks: number;
                    weekdays: number[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByDate';
                    everyMonths: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'monthlyByWeekday';
                    everyMonths: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByDate';
                    month: number;
                    dayOfMonth: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'yearlyByWeekday';
                    month: number;
                    day: number | ('day' | 'weekday' | 'weekendDay');
                    position: number;
                  };
              occurrences?: number;
            }[];
            workWeeks?: {
              from: string;
              to: string;
              week: {
                monday?: string[];
                tuesday?: string[];
                wednesday?: string[];
                thursday?: string[];
                friday?: string[];
                saturday?: string[];
                sunday?: string[];
              };
            }[];
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description The calendar; plans using it have been rescheduled */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Calendar'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/baselines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved baselines, by number */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BaselineList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Save the current schedule as a baseline (the plan version does not change) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            number?: number;
            /** @default false */
            replace?: boolean;
          };
        };
      };
      responses: {
        /** @description Saved */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Baseline'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/baselines/{baselineId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a baseline */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          baselineId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/baselines/{baselineId}/comparison': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plan against a baseline: variances in working minutes per task and for the project */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          baselineId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BaselineComparison'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/milestones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Milestones of every readable project, by date, with their slip against the first baseline */
    get: {
      parameters: {
        query?: {
          /** @description Resource id (UUID) */
          portfolioId?: string;
          state?: components['schemas']['ProjectState'][];
          status?: ('done' | 'slipped' | 'on_track' | 'no_baseline')[];
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MilestoneList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project's health per dimension, with the reasons behind every amber and red */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectHealth'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/health/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project's health each time it changed, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HealthHistory'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/health/overrides/{dimension}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The manager's own RAG for a dimension, with a justification (lasts until the next status report) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            rag: 'green' | 'amber' | 'red';
            justification: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectHealth'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Remove the override: the computed RAG counts again */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectHealth'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Health of every project the caller may read (optionally of one portfolio), evaluated now */
    get: {
      parameters: {
        query?: {
          /** @description Resource id (UUID) */
          portfolioId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioHealth'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's health rules, a portfolio's own, and the metrics rules can use */
    get: {
      parameters: {
        query?: {
          /** @description Resource id (UUID) */
          portfolioId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HealthRulesView'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace the organisation's rules, or a portfolio's (send the version you read; 0 for none yet) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            portfolioId?: string | null;
            rules: {
              id: string;
              metric: string;
              /** @enum {string} */
              comparison: 'gt' | 'gte' | 'lt' | 'lte';
              amber: number | null;
              red: number | null;
              /** @enum {string} */
              dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
              message: string;
              enabled: boolean;
            }[];
            version: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HealthRulesView'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/schedule-quality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** DCMA 14-point schedule quality checks of the plan, against its first baseline and status date */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScheduleQuality'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolios/{id}/reporting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The portfolio's reporting cadence and template, and what applies */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportingSettings'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Set the portfolio's reporting cadence and template (PMO) */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cadence: ('none' | 'weekly' | 'fortnightly' | 'monthly') | 'inherit';
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            startDate?: string | null;
            sections?:
              | {
                  key: string;
                  title: string;
                }[]
              | null;
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportingSettings'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/reporting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The project's reporting cadence and template, and what applies */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportingSettings'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Set the project's reporting cadence and template (PMO); `inherit` follows the portfolio */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cadence: ('none' | 'weekly' | 'fortnightly' | 'monthly') | 'inherit';
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            startDate?: string | null;
            sections?:
              | {
                  key: string;
                  title: string;
                }[]
              | null;
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportingSettings'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/status-reports/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Submitted reports awaiting review, of the projects the caller reads (the PMO’s queue) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportQueue'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/status-summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every readable project's latest report (RAG per dimension, forecast finish, variance) as PDF */
    get: {
      parameters: {
        query?: {
          /** @description Resource id (UUID) */
          portfolioId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': Blob;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/status-summary.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every readable project's latest report (RAG per dimension, forecast finish, variance) as XLSX */
    get: {
      parameters: {
        query?: {
          /** @description Resource id (UUID) */
          portfolioId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/status-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The project's status reports, newest period first, with trend figures and what is due */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReportList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Start the report of a period (default: the current one); one per period (409) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            periodStart?: string;
          };
        };
      };
      responses: {
        /** @description Started */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReport'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/status-reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report (JSON), or its PDF when the id ends in .pdf */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description The report's id; `<id>.pdf` answers its PDF */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReport'];
            'application/pdf': Blob;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Write the narrative and RAGs (draft or returned only; a RAG unlike the computed one needs a reason) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            sections?: {
              key: string;
              text: string;
            }[];
            rags?: {
              /** @enum {string} */
              dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
              /** @enum {string|null} */
              rag: 'green' | 'amber' | 'red' | null;
              reason?: string | null;
            }[];
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReport'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/status-reports/{reportId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the report: its figures and health are frozen in the snapshot */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            comment?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReport'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/status-reports/{reportId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a submitted report reviewed, with an optional comment (PMO) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            comment?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReport'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/status-reports/{reportId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a submitted report to its manager with a comment saying what to change (PMO) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version?: number;
            comment: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusReport'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit log, newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description Resource id (UUID) */
          actorId?: string;
          entityType?: string;
          entityId?: string;
          /** @description Only entries of this project (its charter, members, plan…) */
          projectId?: string;
          action?: string;
          /** @description ISO 8601 date-time */
          from?: string;
          /** @description ISO 8601 date-time */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A background job: state, progress (0-1) and message, then its result or error */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Job'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The job's progress as server-sent events (`event: job`, data: the Job), closed after its last state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description An event stream */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a job: a queued one at once, a running one at its next progress point (owner or admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Job'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Register a webhook endpoint; the answer holds its signing secret, shown only once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example https://example.com/hooks/gantry */
            url: string;
            description?: string;
            eventTypes: (
              | '*'
              | 'project.created'
              | 'project.updated'
              | 'project.transitioned'
              | 'project.deleted'
              | 'project.approval_requested'
              | 'project.approval_declined'
              | 'project.approval_withdrawn'
              | 'project.member_added'
              | 'project.member_changed'
              | 'project.member_removed'
              | 'plan.changed'
              | 'baseline.saved'
              | 'baseline.deleted'
              | 'project.health_overridden'
              | 'status_report.submitted'
              | 'status_report.reviewed'
              | 'status_report.returned'
              | 'reporting.changed'
              | 'webhook.disabled'
              | 'corrective_action.created'
              | 'corrective_action.updated'
              | 'corrective_action.status_changed'
              | 'decision.recorded'
              | 'resource.created'
              | 'resource.updated'
              | 'resource.deleted'
              | 'resource_request.created'
              | 'resource_request.answered'
              | 'expense.entered'
              | 'expense.decided'
              | 'expense.deleted'
              | 'timesheet.submitted'
              | 'timesheet.approved'
              | 'timesheet.returned'
              | 'status_period.closed'
              | 'cost_category.changed'
              | 'budget.updated'
              | 'budget.submitted'
              | 'budget.approved'
              | 'budget.returned'
              | 'portfolio_budget.updated'
            )[];
            /**
             * Format: uuid
             * @description Only this project's events; null or absent: every project
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            projectId?: string | null;
            /**
             * Format: uuid
             * @description Only events of this portfolio's projects; null or absent: every portfolio
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            portfolioId?: string | null;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CreatedWebhook'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a webhook endpoint and its delivery history */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a webhook endpoint; active: true re-enables a disabled one */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example https://example.com/hooks/gantry */
            url?: string;
            description?: string;
            eventTypes?: (
              | '*'
              | 'project.created'
              | 'project.updated'
              | 'project.transitioned'
              | 'project.deleted'
              | 'project.approval_requested'
              | 'project.approval_declined'
              | 'project.approval_withdrawn'
              | 'project.member_added'
              | 'project.member_changed'
              | 'project.member_removed'
              | 'plan.changed'
              | 'baseline.saved'
              | 'baseline.deleted'
              | 'project.health_overridden'
              | 'status_report.submitted'
              | 'status_report.reviewed'
              | 'status_report.returned'
              | 'reporting.changed'
              | 'webhook.disabled'
              | 'corrective_action.created'
              | 'corrective_action.updated'
              | 'corrective_action.status_changed'
              | 'decision.recorded'
              | 'resource.created'
              | 'resource.updated'
              | 'resource.deleted'
              | 'resource_request.created'
              | 'resource_request.answered'
              | 'expense.entered'
              | 'expense.decided'
              | 'expense.deleted'
              | 'timesheet.submitted'
              | 'timesheet.approved'
              | 'timesheet.returned'
              | 'status_period.closed'
              | 'cost_category.changed'
              | 'budget.updated'
              | 'budget.submitted'
              | 'budget.approved'
              | 'budget.returned'
              | 'portfolio_budget.updated'
            )[];
            /**
             * Format: uuid
             * @description Only this project's events; null or absent: every project
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            projectId?: string | null;
            /**
             * Format: uuid
             * @description Only events of this portfolio's projects; null or absent: every portfolio
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            portfolioId?: string | null;
            active?: boolean;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An endpoint's deliveries, newest first, with each one's state, response code and duration */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          state?: 'pending' | 'succeeded' | 'failed';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDeliveryPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}/deliveries/{deliveryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One delivery with every attempt and the body it sends */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDeliveryDetail'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}/deliveries/{deliveryId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again now, with a fresh 24-hour retry window */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDelivery'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The webhook is disabled */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a webhook.test event for this endpoint alone */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Queued */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookTestQueued'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The webhook is disabled */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/corrective-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Corrective actions across the projects you can read (mine=1: your own; overdue=1: overdue only) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description Comma-separated statuses */
          status?: string;
          /** @description 1: only actions the caller owns */
          mine?: '0' | '1' | 'true' | 'false';
          /** @description 1: only overdue actions */
          overdue?: '0' | '1' | 'true' | 'false';
          /** @description Resource id (UUID) */
          portfolioId?: string;
          /** @description Resource id (UUID) */
          projectId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveActionPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/corrective-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project's corrective actions, by due date */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description Comma-separated statuses */
          status?: string;
          /** @description 1: only actions the caller owns */
          mine?: '0' | '1' | 'true' | 'false';
          /** @description 1: only overdue actions */
          overdue?: '0' | '1' | 'true' | 'false';
          /** @description Resource id (UUID) */
          portfolioId?: string;
          /** @description Resource id (UUID) */
          projectId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveActionPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Raise a corrective action on a finding; its owner is notified */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @default  */
            description?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            ownerId: string;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            dueDate: string;
            finding?:
              | {
                  /** @enum {string} */
                  kind: 'health';
                  ruleId: string;
                  /** @enum {string} */
                  dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
                }
              | {
                  /** @enum {string} */
                  kind: 'dcma';
                  checkId: number;
                  /** @enum {string} */
                  checkKey:
                    | 'logic'
                    | 'leads'
                    | 'lags'
                    | 'relationshipTypes'
                    | 'hardConstraints'
                    | 'highFloat'
                    | 'negativeFloat'
                    | 'highDuration'
                    | 'invalidDates'
                    | 'resources'
                    | 'missedTasks'
                    | 'criticalPathTest'
                    | 'cpli'
                    | 'bei';
                }
              | {
                  /** @enum {string} */
                  kind: 'variance';
                  /** @default  */
                  note?: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'manual';
                };
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/corrective-actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One corrective action, with its last re-evaluation and verification */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an action's title, description, owner, due date or finding */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            ownerId?: string;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            dueDate?: string;
            finding?:
              | {
                  /** @enum {string} */
                  kind: 'health';
                  ruleId: string;
                  /** @enum {string} */
                  dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
                }
              | {
                  /** @enum {string} */
                  kind: 'dcma';
                  checkId: number;
                  /** @enum {string} */
                  checkKey:
                    | 'logic'
                    | 'leads'
                    | 'lags'
                    | 'relationshipTypes'
                    | 'hardConstraints'
                    | 'highFloat'
                    | 'negativeFloat'
                    | 'highDuration'
                    | 'invalidDates'
                    | 'resources'
                    | 'missedTasks'
                    | 'criticalPathTest'
                    | 'cpli'
                    | 'bei';
                }
              | {
                  /** @enum {string} */
                  kind: 'variance';
                  /** @default  */
                  note?: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'manual';
                };
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The action is verified or cancelled */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/corrective-actions/{actionId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start work on an open action (its owner, the manager or the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not possible in its status */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/corrective-actions/{actionId}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the action done: its finding is re-evaluated and the action verified at once if it no longer fires; again on a done action to re-check */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not possible in its status */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/corrective-actions/{actionId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The PMO accepts a done action with a reason, even if its finding still fires */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not possible in its status */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/corrective-actions/{actionId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel the action (the manager or the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
          actionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not possible in its status */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The decisions you can read, newest first (filters: project, portfolio, kind, from/to, text) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description Resource id (UUID) */
          projectId?: string;
          /** @description Resource id (UUID) */
          portfolioId?: string;
          kind?: components['schemas']['DecisionKind'];
          /** @description Date, YYYY-MM-DD */
          from?: string;
          /** @description Date, YYYY-MM-DD */
          to?: string;
          /** @description Matches title, decision, context or reasons */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DecisionPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a decision by hand (the PMO; a manager about their own projects) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @default  */
            context?: string;
            /** @default [] */
            options?: string[];
            decision: string;
            /** @default  */
            reasons?: string;
            /** @default [] */
            projectIds?: string[];
            /** @default [] */
            items?: {
              /** @enum {string} */
              kind: 'approval_request' | 'corrective_action' | 'status_report';
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              id: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Decision'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The decisions matching the filters as CSV (at most 10,000) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description Resource id (UUID) */
          projectId?: string;
          /** @description Resource id (UUID) */
          portfolioId?: string;
          kind?: components['schemas']['DecisionKind'];
          /** @description Date, YYYY-MM-DD */
          from?: string;
          /** @description Date, YYYY-MM-DD */
          to?: string;
          /** @description Matches title, decision, context or reasons */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/pending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Decisions awaiting the PMO: managers' open requests for approval */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PendingDecisionList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One decision */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Decision'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cost-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The PMO's cost categories, in order (inactive ones included) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CostCategoryList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a cost category, last in the list (the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CostCategory'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cost-categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a cost category nothing uses (one in use is deactivated instead: 409) (the PMO) */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename, move, deactivate or reactivate a cost category (the PMO) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            position?: number;
            active?: boolean;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CostCategory'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/projects/{id}/expenses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The project's expenses, newest first (a team member sees their own) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ExpenseList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record an expense (approved at once when the project's manager or the PMO enters it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @default null
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            taskId?: string | null;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            date: string;
            amountMinor: number;
            category: string;
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Expense'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/expenses/{expenseId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve an expense waiting for approval (the manager or the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          expenseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version: number;
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Expense'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/expenses/{expenseId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject an expense waiting for approval (the manager or the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          expenseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version: number;
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Expense'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/expenses/{expenseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an expense waiting for approval (its author), or delete one (an approver) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          expenseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/earned-value': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Earned value and earned schedule at a status date, with the S-curve and each task */
    get: {
      parameters: {
        query?: {
          /** @description Status date (YYYY-MM-DDTHH:mm); default: the plan's status date, else now */
          statusDate?: string;
          /** @description Baseline number; default: the lowest-numbered baseline with costs, else the lowest-numbered */
          baseline?: number | null;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EarnedValueReport'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/earned-value/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The project's earned value frozen at each closed status period's end, oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EarnedValueTrend'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/status-periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The status period cadence, what is closed, and the periods around today */
    get: {
      parameters: {
        query?: {
          /** @description Default: 12 periods before today */
          from?: string;
          /** @description Default: 2 periods after today */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StatusPeriodList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/status-periods/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the cadence, weekly or monthly (the PMO; only while no period is closed) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            cadence: 'week' | 'month';
            /** @description Optimistic-concurrency version */
            version: number;
          };
        };
      };
      responses: {
        /** @description Saved */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/status-periods/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close every open period through the one ending on `through` (the PMO): a job freezes each project's earned value */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            through: string;
          };
        };
      };
      responses: {
        /** @description Queued */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClosePeriodsAccepted'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timesheets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your timesheet week (default: this week): lines, tasks you could book on, totals */
    get: {
      parameters: {
        query?: {
          /** @description A Monday (YYYY-MM-DD); default: this week's */
          week?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TimesheetWeek'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timesheets/{week}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save your editable lines of a week as drafts (version 0 for a new week) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The Monday the week starts on */
          week: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 0 for a week not saved yet */
            version: number;
            lines: {
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              projectId: string;
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              taskId: string;
              minutes: number[];
              /** @default  */
              note?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TimesheetWeek'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timesheets/{week}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the week's draft and returned lines to each project's manager */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The Monday the week starts on */
          week: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TimesheetWeek'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/timesheets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hours booked on the project (default: those waiting for approval) */
    get: {
      parameters: {
        query?: {
          status?: 'submitted' | 'approved' | 'returned' | 'all';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectTimesheetList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/timesheets/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve submitted lines: their hours post to the plan as actual work (remaining re-estimated) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lineIds: string[];
            /**
             * @description The manager's estimate of remaining work per task, instead of planned less done
             * @default []
             */
            remaining?: {
              /**
               * Format: uuid
               * @description Resource id (UUID)
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              taskId: string;
              remainingWorkMinutes: number;
            }[];
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectTimesheetList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/timesheets/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return submitted lines to their people with a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lineIds: string[];
            comment: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectTimesheetList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The working budget with its totals by category and WBS element, and the approved versions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace the working budget's lines and reserves (the management reserve is the PMO's) */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: {
              category: string;
              /**
               * Format: uuid
               * @description A task of the plan (summary or work package); null: the project as a whole
               * @default null
               * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
               */
              taskId?: string | null;
              amountMinor: number;
              /** @default  */
              note?: string;
            }[];
            /** @description The contingency reserve, held by the project's manager */
            contingencyMinor: number;
            /** @description The management reserve, held by the PMO: anyone else leaves it out or sends it unchanged */
            managementReserveMinor?: number;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/budget/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the working budget to the PMO for approval, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/budget/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve the submitted budget: the next version, and the charter's budget (the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            note?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/budget/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return the submitted budget to its manager with a comment (the PMO) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProjectBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/budget/versions/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One approved version of the budget, with its lines as approved */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description Version number: 1 is the original */
          n: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BudgetVersion'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolios/{id}/budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The portfolio's budget by year and category against its projects' approved budgets (the PMO) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace the portfolio's budget by year and category (the PMO) */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: {
              year: number;
              category: string;
              amountMinor: number;
            }[];
            /** @description Default: the budget's, else the currency most of the portfolio's projects use */
            currency?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioBudget'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The resource pool (PMO and managers); anyone else gets only their own record */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          kind?: components['schemas']['ResourceKind'];
          department?: string;
          skill?: string;
          q?: string;
          status?: 'active' | 'inactive' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourcePage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a resource to the pool (PMO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: string;
            /** @enum {string} */
            kind: 'person' | 'role' | 'equipment' | 'material' | 'cost';
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            userId?: string | null;
            email?: '' | string;
            department?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            roleId?: string | null;
            materialUnit?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            calendarId?: string | null;
            skills?: {
              skill: string;
              level: number;
            }[];
            exceptions?: {
              /** @default  */
              name?: string;
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              from: string;
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              to: string;
              working: {
                start: string;
                end: string;
              }[];
            }[];
            maxUnits?: {
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              from: string;
              unitsPercent: number;
            }[];
            rates?: {
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              from: string;
              standardPerHourMinor: number;
              overtimePerHourMinor: number;
              perUseMinor: number;
            }[];
            currency?: string;
            /** @enum {string} */
            booking?: 'committed' | 'proposed';
            active?: boolean;
            notes?: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Resource'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resources/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own resource record (404 when they have none) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Resource'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One resource (your own record, or any for those who read the pool) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Resource'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a resource no assignment or request uses (PMO); else 409: deactivate it */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a resource (PMO); `active: false` deactivates it */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            name?: string;
            /** @enum {string} */
            kind?: 'person' | 'role' | 'equipment' | 'material' | 'cost';
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            userId?: string | null;
            email?: '' | string;
            department?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            roleId?: string | null;
            materialUnit?: string;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            calendarId?: string | null;
            skills?: {
              skill: string;
              level: number;
            }[];
            exceptions?: {
              /** @default  */
              name?: string;
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              from: string;
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              to: string;
              working: {
                start: string;
                end: string;
              }[];
            }[];
            maxUnits?: {
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              from: string;
              unitsPercent: number;
            }[];
            rates?: {
              /**
               * Format: date
               * @description Date, YYYY-MM-DD
               * @example 2026-01-15
               */
              from: string;
              standardPerHourMinor: number;
              overtimePerHourMinor: number;
              perUseMinor: number;
            }[];
            currency?: string;
            /** @enum {string} */
            booking?: 'committed' | 'proposed';
            active?: boolean;
            notes?: string;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Resource'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/resource-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Capacity settings: the weight of each lifecycle state, the staffing look-ahead */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceSettings'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Change the capacity settings (PMO); states not named keep their weight */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stateWeights?: {
              proposed?: number;
              approved?: number;
              planning?: number;
              executing?: number;
              closing?: number;
              closed?: number;
              cancelled?: number;
              on_hold?: number;
            };
            unstaffedWeeks?: number;
            /** @description Optimistic-concurrency version */
            version?: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceSettings'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Capacity against demand per resource, role, skill or department and period, with over-allocation */
    get: {
      parameters: {
        query?: {
          groupBy?: components['schemas']['CapacityGroupBy'];
          unit?: components['schemas']['CapacityUnit'];
          /** @description Date, YYYY-MM-DD */
          from?: string;
          /** @description Date, YYYY-MM-DD */
          to?: string;
          /** @description Resource id (UUID) */
          portfolioId?: string;
          /** @description Resource id (UUID) */
          projectId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CapacityView'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/capacity/cell': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tasks and projects behind one row and period of the capacity view */
    get: {
      parameters: {
        query: {
          groupBy?: components['schemas']['CapacityGroupBy'];
          unit?: components['schemas']['CapacityUnit'];
          /** @description Resource id (UUID) */
          portfolioId?: string;
          /** @description Resource id (UUID) */
          projectId?: string;
          key: string;
          /** @description Date, YYYY-MM-DD */
          period: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CapacityCell'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plan's assignments with resource names and staffing history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssignmentList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your own assignments across the projects you can read */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MyAssignmentList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/resource-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The project's resource requests, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceRequestList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Request a resource for this project (optionally to staff one assignment) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            assignmentId?: string | null;
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            resourceId?: string;
            /** @default 100 */
            unitsPercent?: number;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            from: string;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            to: string;
            /** @default  */
            note?: string;
          };
        };
      };
      responses: {
        /** @description The request, open */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceRequest'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resource-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every open resource request across projects (PMO) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceRequestList'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resource-requests/{id}/fulfil': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fulfil a request by naming a person; a request for an assignment staffs it (PMO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description Resource id (UUID)
             * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
             */
            resourceId: string;
            /** @default  */
            note?: string;
            /** @description Optimistic-concurrency version */
            version: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceRequest'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resource-requests/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a request with a note (PMO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @description Optimistic-concurrency version */
            version: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceRequest'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/resource-requests/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an open request (who asked, or the project manager) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Optimistic-concurrency version */
            version: number;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResourceRequest'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/level': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Level resources: a job whose result is a preview scenario or the leveled plan (needs plan.edit) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default project
             * @enum {string}
             */
            scope?: 'project' | 'pool';
            /** @default false */
            withinSlack?: boolean;
            /** @default false */
            split?: boolean;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            from?: string;
            /**
             * Format: date
             * @description Date, YYYY-MM-DD
             * @example 2026-01-15
             */
            to?: string;
            /** @default true */
            preview?: boolean;
            budget?: number;
            seed?: number;
          };
        };
      };
      responses: {
        /** @description Queued: follow the job */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LevelJobAccepted'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/level/clear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clear every leveling delay of the plan (one undoable edit) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Version the write is based on, e.g. "3" */
          'if-match'?: string;
        };
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
          };
        };
      };
      responses: {
        /** @description The plan’s change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanChange'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications, newest first, with your unread count */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPage'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of your notifications are unread */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UnreadCount'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your unread count as server-sent events (`event: unread`, data: UnreadCount), sent when it changes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description An event stream */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of your notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Notification'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all your notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UnreadCount'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which kinds of notification you receive, per channel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPreferences'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Choose which kinds of notification you receive (the kinds not named stay as they are) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kinds: {
              /** @enum {string} */
              kind:
                | 'task.assigned'
                | 'task.moved'
                | 'project.transitioned'
                | 'approval.requested'
                | 'approval.declined'
                | 'member.added'
                | 'webhook.disabled'
                | 'action.assigned'
                | 'report.due'
                | 'report.overdue'
                | 'report.submitted'
                | 'report.reviewed'
                | 'report.returned'
                | 'resource.requested'
                | 'resource.request_answered';
              channels: {
                in_app: boolean;
              };
            }[];
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPreferences'];
          };
        };
        /** @description Invalid input; details.issues names each field */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed for your role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (or not visible to you) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Version conflict or duplicate */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Health: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      db: 'sqlite' | 'postgres';
      version: string;
    };
    Me: {
      user: components['schemas']['User'];
      /** @enum {string} */
      via: 'session' | 'token';
      /** @description What the user may do in the organisation, by the same policies the writes obey: user.list (pick users), user.directory (open the Users page, read-only without user.manage), user.manage, audit.read, portfolio.create, project.create, calendar.manage (organisation calendars), webhook.manage */
      allowedActions: components['schemas']['OrganisationAction'][];
    };
    User: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      email: string;
      name: string;
      role: components['schemas']['SystemRole'];
      active: boolean;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this user now, by the policies its writes obey */
      allowedActions: components['schemas']['UserAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['UserActionRefusal'][];
    };
    /** @enum {string} */
    SystemRole: 'admin' | 'pmo' | 'project_manager' | 'team_member' | 'stakeholder';
    /** @enum {string} */
    UserAction: 'user.update' | 'user.deactivate';
    UserActionRefusal: {
      action: components['schemas']['UserAction'];
      reason: string;
    };
    /** @enum {string} */
    OrganisationAction:
      | 'user.list'
      | 'user.directory'
      | 'user.manage'
      | 'audit.read'
      | 'portfolio.create'
      | 'project.create'
      | 'calendar.manage'
      | 'webhook.manage'
      | 'decision.read'
      | 'decision.create'
      | 'resource.read'
      | 'resource.manage'
      | 'capacity.read'
      | 'timesheet.enter';
    Error: {
      error: {
        /** @example validation_failed */
        code: string;
        message: string;
        details: {
          [key: string]: unknown;
        };
      };
    };
    Login: {
      email: string;
      password: string;
    };
    Session: {
      me: components['schemas']['Me'] & (Record<string, never> | null);
    };
    ApiToken: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      name: string;
      /** @description First characters of the token, to recognise it */
      prefix: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      expiresAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      lastUsedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      revokedAt: string | null;
      /** @description What the token may do: read, write, admin */
      scopes: components['schemas']['TokenScope'][];
      /** @description `token.revoke` while it is not revoked (revoking a revoked token stays a no-op) */
      allowedActions: components['schemas']['TokenAction'][];
    };
    /** @enum {string} */
    TokenScope: 'read' | 'write' | 'admin';
    /** @enum {string} */
    TokenAction: 'token.revoke';
    CreatedToken: {
      token: components['schemas']['ApiToken'];
      secret: string;
    };
    CreateToken: {
      name: string;
      /** @default 90 */
      expiresInDays: number;
      /**
       * @default [
       *       "read",
       *       "write"
       *     ]
       */
      scopes: components['schemas']['TokenScope'][];
    };
    UserPage: {
      items: components['schemas']['User'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateUser: {
      email: string;
      name: string;
      role: components['schemas']['SystemRole'];
      password: string;
      /** @default true */
      active: boolean;
    };
    UpdateUser: {
      email?: string;
      name?: string;
      role?: components['schemas']['SystemRole'];
      active?: boolean;
      password?: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    PortfolioPage: {
      items: components['schemas']['Portfolio'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Portfolio: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      name: string;
      description: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId: string;
      ownerName: string;
      /** @description Projects in it that the caller may read */
      projectCount: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this portfolio, by the same policies the writes obey */
      allowedActions: components['schemas']['PortfolioAction'][];
    };
    /** @enum {string} */
    PortfolioAction: 'portfolio.update' | 'portfolio.delete' | 'portfolio.budget.read' | 'portfolio.budget.edit';
    CreatePortfolio: {
      name: string;
      /** @default  */
      description: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId?: string;
    };
    UpdatePortfolio: {
      name?: string;
      description?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId?: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ProjectPage: {
      items: components['schemas']['Project'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Project: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      code: string;
      name: string;
      objective: string;
      inScope: string;
      outOfScope: string;
      client: string;
      sponsor: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      managerId: string | null;
      managerName: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string | null;
      portfolioName: string | null;
      state: components['schemas']['ProjectState'];
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      plannedStart: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      plannedFinish: string | null;
      /** @description Budget in minor units (cents) */
      budgetMinor: number;
      currency: string;
      priority: number;
      tags: string[];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description The open approval request, if any */
      approvalRequest: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        requestedAt: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        requestedById: string | null;
        requestedByName: string | null;
        note: string;
      } | null;
      /**
       * @description The caller's relation to the project (null: none, they read it by role)
       * @enum {string|null}
       */
      relation: 'manager' | 'team_member' | 'stakeholder' | null;
      /** @description What the caller may do on this project now, by the same policies the writes obey */
      allowedActions: components['schemas']['ProjectAction'][];
      /** @description Actions the caller's role allows but the project's state stops now, with the reason (e.g. closed) */
      refusedActions: components['schemas']['ProjectActionRefusal'][];
      /** @description States the caller may move the project to now */
      allowedTransitions: components['schemas']['ProjectState'][];
    };
    /** @enum {string} */
    ProjectState: 'proposed' | 'approved' | 'planning' | 'executing' | 'closing' | 'closed' | 'cancelled' | 'on_hold';
    /** @enum {string} */
    ProjectAction:
      | 'project.update'
      | 'project.delete'
      | 'project.transition'
      | 'project.approve'
      | 'project.approval.request'
      | 'project.approval.answer'
      | 'project.members.manage'
      | 'plan.edit'
      | 'plan.progress'
      | 'corrective_action.manage'
      | 'decision.create'
      | 'money.read'
      | 'expense.enter'
      | 'expense.approve'
      | 'timesheet.approve'
      | 'budget.edit'
      | 'budget.approve';
    ProjectActionRefusal: {
      action: components['schemas']['ProjectAction'];
      reason: string;
    };
    CreateProject: {
      code?: string;
      name: string;
      /** @default  */
      objective: string;
      /** @default  */
      inScope: string;
      /** @default  */
      outOfScope: string;
      /** @default  */
      client: string;
      /** @default  */
      sponsor: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      managerId?: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @default null
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @default null
       * @example 2026-01-15
       */
      plannedStart: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @default null
       * @example 2026-01-15
       */
      plannedFinish: string | null;
      /** @default 0 */
      budgetMinor: number;
      /** @default EUR */
      currency: string;
      /** @default 3 */
      priority: number;
      /** @default [] */
      tags: string[];
    };
    UpdateProject: {
      code?: string;
      name?: string;
      objective?: string;
      inScope?: string;
      outOfScope?: string;
      client?: string;
      sponsor?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      managerId?: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId?: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      plannedStart?: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      plannedFinish?: string | null;
      budgetMinor?: number;
      currency?: string;
      priority?: number;
      tags?: string[];
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    Transition: {
      to: components['schemas']['ProjectState'];
      /** @default  */
      reason: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    RequestApproval: {
      /** @default  */
      note: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ClearApprovalRequest: {
      /** @default  */
      reason: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ProjectMember: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      userId: string;
      name: string;
      email: string;
      /** @enum {string} */
      relation: 'manager' | 'team_member' | 'stakeholder';
    };
    PutMember: {
      /** @enum {string} */
      relation: 'team_member' | 'stakeholder';
    };
    ImportResult: {
      project: components['schemas']['Project'];
      plan: components['schemas']['PlanHeader'];
      report: {
        /** @enum {string} */
        format: 'mspdi' | 'xer' | 'json';
        fileName: string;
        taskCount: number;
        linkCount: number;
        calendarCount: number;
        resources?: {
          created: number;
          matched: number;
          assignments: number;
        };
        notes: {
          /** @enum {string} */
          kind: 'not_carried' | 'approximated' | 'info';
          what: string;
          count: number;
          examples: string[];
        }[];
      };
    };
    PlanHeader: {
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      projectStart: string;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      statusDate: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      defaultCalendarId: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      projectFinish: string | null;
      taskCount: number;
      /** @enum {string} */
      flavour: 'msproject' | 'p6';
    };
    /** @description The import runs as a job: follow GET /api/jobs/{id} or its /events */
    ImportJobAccepted: {
      job: components['schemas']['Job'];
    };
    Job: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /** @example plan.import */
      kind: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      /** @enum {string} */
      state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
      progress: number;
      message: string;
      /** @description The job's answer once done; for plan.import: { projectId, report } */
      result: unknown;
      error: {
        code: string;
        message: string;
      } | null;
      cancelRequested: boolean;
      attempts: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      startedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      finishedAt: string | null;
    };
    PlanTasks: {
      plan: components['schemas']['PlanHeader'];
      tasks: components['schemas']['PlanTask'][];
    };
    PlanTask: {
      name: string;
      notes: string;
      durationMinutes: number;
      elapsed: boolean;
      milestone: boolean;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      calendarId: string | null;
      /** @enum {string} */
      constraintType:
        | 'asap'
        | 'alap'
        | 'startNoEarlierThan'
        | 'startNoLaterThan'
        | 'finishNoEarlierThan'
        | 'finishNoLaterThan'
        | 'mustStartOn'
        | 'mustFinishOn'
        | 'startOn'
        | 'finishOn';
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      constraintDate: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      deadline: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      actualStart: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      actualFinish: string | null;
      percentComplete: number;
      remainingDurationMinutes: number | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      responsibleId: string | null;
      /** @enum {string} */
      taskType: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
      effortDriven: boolean;
      priority: number;
      levelingDelayMinutes: number;
      fixedCostMinor: number;
      /** @enum {string} */
      fixedCostAccrual: 'start' | 'prorated' | 'end';
      physicalPercentComplete: number;
      /** @enum {string|null} */
      evMethod: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      parentId: string | null;
      row: number;
      /** @example 1.2.3 */
      wbs: string;
      outlineLevel: number;
      summary: boolean;
      responsibleName: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      start: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      finish: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      lateStart: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      lateFinish: string | null;
      totalFloatMinutes: number | null;
      freeFloatMinutes: number | null;
      critical: boolean;
    };
    PlanTaskColumns: {
      plan: components['schemas']['PlanHeader'];
      /** @enum {string} */
      format: 'columns';
      count: number;
      columns: {
        id: string[];
        parentRow: number[];
        wbs: string[];
        outlineLevel: number[];
        name: string[];
        durationMinutes: number[];
        summary?: (0 | 1)[];
        notes?: string[];
        elapsed?: (0 | 1)[];
        milestone?: (0 | 1)[];
        calendarId?: (string | null)[];
        constraintType?: (
          | 'asap'
          | 'alap'
          | 'startNoEarlierThan'
          | 'startNoLaterThan'
          | 'finishNoEarlierThan'
          | 'finishNoLaterThan'
          | 'mustStartOn'
          | 'mustFinishOn'
          | 'startOn'
          | 'finishOn'
        )[];
        constraintDateMinutes?: (number | null)[];
        deadlineMinutes?: (number | null)[];
        actualStartMinutes?: (number | null)[];
        actualFinishMinutes?: (number | null)[];
        percentComplete?: number[];
        remainingDurationMinutes?: (number | null)[];
        responsibleId?: (string | null)[];
        taskType?: ('fixedUnits' | 'fixedWork' | 'fixedDuration')[];
        effortDriven?: (0 | 1)[];
        priority?: number[];
        levelingDelayMinutes?: number[];
        fixedCostMinor?: number[];
        fixedCostAccrual?: ('start' | 'prorated' | 'end')[];
        physicalPercentComplete?: number[];
        evMethod?: ('physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null)[];
        startMinutes?: (number | null)[];
        finishMinutes?: (number | null)[];
        lateStartMinutes?: (number | null)[];
        lateFinishMinutes?: (number | null)[];
        totalFloatMinutes?: (number | null)[];
        freeFloatMinutes?: (number | null)[];
        critical?: (0 | 1)[];
      };
      people: {
        [key: string]: string;
      };
    };
    PlanChange: {
      plan: components['schemas']['PlanHeader'];
      changed: components['schemas']['PlanTask'][];
      deletedTaskIds: string[];
      links: components['schemas']['PlanLink'][];
      deletedLinkIds: string[];
      structureChanged: boolean;
      floats?: {
        row: number[];
        lateStartMinutes: (number | null)[];
        lateFinishMinutes: (number | null)[];
        totalFloatMinutes: (number | null)[];
        freeFloatMinutes: (number | null)[];
        critical: (0 | 1)[];
      };
      assignmentsChanged?: boolean;
    };
    PlanLink: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      predecessorId: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      successorId: string;
      /** @enum {string} */
      type: 'FS' | 'SS' | 'FF' | 'SF';
      /** @enum {string} */
      lagKind: 'working' | 'elapsed' | 'percent';
      lag: number;
    };
    CreateTasksBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      beforeId?: string | null;
      tasks: {
        name: string;
        notes?: string;
        durationMinutes?: number;
        elapsed?: boolean;
        milestone?: boolean;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        calendarId?: string | null;
        /** @enum {string} */
        constraintType?:
          | 'asap'
          | 'alap'
          | 'startNoEarlierThan'
          | 'startNoLaterThan'
          | 'finishNoEarlierThan'
          | 'finishNoLaterThan'
          | 'mustStartOn'
          | 'mustFinishOn'
          | 'startOn'
          | 'finishOn';
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        constraintDate?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        deadline?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualStart?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualFinish?: string | null;
        percentComplete?: number;
        remainingDurationMinutes?: number | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        responsibleId?: string | null;
        /** @enum {string} */
        taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
        effortDriven?: boolean;
        priority?: number;
        levelingDelayMinutes?: number;
        fixedCostMinor?: number;
        /** @enum {string} */
        fixedCostAccrual?: 'start' | 'prorated' | 'end';
        physicalPercentComplete?: number;
        /** @enum {string|null} */
        evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        parentId?: string | null;
      }[];
      /** @default [] */
      links: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        predecessorId: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        successorId: string;
        /**
         * @default FS
         * @enum {string}
         */
        type: 'FS' | 'SS' | 'FF' | 'SF';
        /**
         * @default working
         * @enum {string}
         */
        lagKind: 'working' | 'elapsed' | 'percent';
        /** @default 0 */
        lag: number;
      }[];
    };
    UpdateTasksBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      tasks: {
        name?: string;
        notes?: string;
        durationMinutes?: number;
        elapsed?: boolean;
        milestone?: boolean;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        calendarId?: string | null;
        /** @enum {string} */
        constraintType?:
          | 'asap'
          | 'alap'
          | 'startNoEarlierThan'
          | 'startNoLaterThan'
          | 'finishNoEarlierThan'
          | 'finishNoLaterThan'
          | 'mustStartOn'
          | 'mustFinishOn'
          | 'startOn'
          | 'finishOn';
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        constraintDate?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        deadline?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualStart?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualFinish?: string | null;
        percentComplete?: number;
        remainingDurationMinutes?: number | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        responsibleId?: string | null;
        /** @enum {string} */
        taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
        effortDriven?: boolean;
        priority?: number;
        levelingDelayMinutes?: number;
        fixedCostMinor?: number;
        /** @enum {string} */
        fixedCostAccrual?: 'start' | 'prorated' | 'end';
        physicalPercentComplete?: number;
        /** @enum {string|null} */
        evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
      }[];
    };
    UpdateTaskBody: {
      name?: string;
      notes?: string;
      durationMinutes?: number;
      elapsed?: boolean;
      milestone?: boolean;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      calendarId?: string | null;
      /** @enum {string} */
      constraintType?:
        | 'asap'
        | 'alap'
        | 'startNoEarlierThan'
        | 'startNoLaterThan'
        | 'finishNoEarlierThan'
        | 'finishNoLaterThan'
        | 'mustStartOn'
        | 'mustFinishOn'
        | 'startOn'
        | 'finishOn';
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      constraintDate?: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      deadline?: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      actualStart?: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      actualFinish?: string | null;
      percentComplete?: number;
      remainingDurationMinutes?: number | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      responsibleId?: string | null;
      /** @enum {string} */
      taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
      effortDriven?: boolean;
      priority?: number;
      levelingDelayMinutes?: number;
      fixedCostMinor?: number;
      /** @enum {string} */
      fixedCostAccrual?: 'start' | 'prorated' | 'end';
      physicalPercentComplete?: number;
      /** @enum {string|null} */
      evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    MoveTasksBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      taskIds: string[];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      parentId: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      beforeId?: string | null;
    };
    TaskIdsBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      taskIds: string[];
    };
    PlanLinks: {
      plan: components['schemas']['PlanHeader'];
      links: components['schemas']['PlanLink'][];
    };
    PlanLinkColumns: {
      plan: components['schemas']['PlanHeader'];
      /** @enum {string} */
      format: 'columns';
      count: number;
      columns: {
        id: string[];
        predecessorId: string[];
        successorId: string[];
        type?: ('FS' | 'SS' | 'FF' | 'SF')[];
        lagKind?: ('working' | 'elapsed' | 'percent')[];
        lag?: number[];
      };
    };
    CreateLinksBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      links: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        predecessorId: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        successorId: string;
        /**
         * @default FS
         * @enum {string}
         */
        type: 'FS' | 'SS' | 'FF' | 'SF';
        /**
         * @default working
         * @enum {string}
         */
        lagKind: 'working' | 'elapsed' | 'percent';
        /** @default 0 */
        lag: number;
      }[];
    };
    UpdateLinkBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      /** @enum {string} */
      type?: 'FS' | 'SS' | 'FF' | 'SF';
      /** @enum {string} */
      lagKind?: 'working' | 'elapsed' | 'percent';
      lag?: number;
    };
    LinkIdsBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      linkIds: string[];
    };
    ScheduleDocument: {
      plan: components['schemas']['PlanHeader'];
      projectFinish: string | null;
      tasks: {
        id: string;
        name: string;
        summary: boolean;
        milestone: boolean;
        earlyStart: string | null;
        earlyFinish: string | null;
        lateStart: string | null;
        lateFinish: string | null;
        totalFloatMinutes: number | null;
        freeFloatMinutes: number | null;
        critical: boolean;
      }[];
    };
    PlanSummary: {
      taskCount: number;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      planStart: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      planFinish: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      charterStart: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      charterFinish: string | null;
      baseline: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        number: number;
        name: string;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        finish: string | null;
      } | null;
      /** @description Plan finish minus baseline finish in working days on the plan calendar (positive: later); null without a baseline */
      finishVarianceWorkingDays: number | null;
      /** @description Plan finish date minus charter finish date in calendar days (positive: later); null when either is missing */
      charterFinishDifferenceDays: number | null;
      /** @description Duration-weighted, as summaries roll it up */
      percentComplete: number;
      nextMilestones: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        wbs: string;
        name: string;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        date: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        baselineDate: string | null;
      }[];
    };
    UpdatePlanSettingsBody: {
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      projectStart?: string;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      statusDate?: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      defaultCalendarId?: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    PlanOpsBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      label?: string;
      ops: components['schemas']['PlanOp'][];
    };
    PlanOp:
      | components['schemas']['InsertTasksOp']
      | components['schemas']['UpdateTaskOp']
      | components['schemas']['MoveTasksOp']
      | components['schemas']['IndentTasksOp']
      | components['schemas']['OutdentTasksOp']
      | components['schemas']['DeleteTasksOp']
      | components['schemas']['AddLinksOp']
      | components['schemas']['UpdateLinkOp']
      | components['schemas']['DeleteLinksOp']
      | components['schemas']['UpdatePlanOp']
      | components['schemas']['AddAssignmentsOp']
      | components['schemas']['UpdateAssignmentOp']
      | components['schemas']['DeleteAssignmentsOp'];
    InsertTasksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'insertTasks';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      beforeId?: string | null;
      tasks: {
        name: string;
        notes?: string;
        durationMinutes?: number;
        elapsed?: boolean;
        milestone?: boolean;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        calendarId?: string | null;
        /** @enum {string} */
        constraintType?:
          | 'asap'
          | 'alap'
          | 'startNoEarlierThan'
          | 'startNoLaterThan'
          | 'finishNoEarlierThan'
          | 'finishNoLaterThan'
          | 'mustStartOn'
          | 'mustFinishOn'
          | 'startOn'
          | 'finishOn';
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        constraintDate?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        deadline?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualStart?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualFinish?: string | null;
        percentComplete?: number;
        remainingDurationMinutes?: number | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        responsibleId?: string | null;
        /** @enum {string} */
        taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
        effortDriven?: boolean;
        priority?: number;
        levelingDelayMinutes?: number;
        fixedCostMinor?: number;
        /** @enum {string} */
        fixedCostAccrual?: 'start' | 'prorated' | 'end';
        physicalPercentComplete?: number;
        /** @enum {string|null} */
        evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        parentId?: string | null;
      }[];
      /** @default [] */
      links: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        predecessorId: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        successorId: string;
        /**
         * @default FS
         * @enum {string}
         */
        type: 'FS' | 'SS' | 'FF' | 'SF';
        /**
         * @default working
         * @enum {string}
         */
        lagKind: 'working' | 'elapsed' | 'percent';
        /** @default 0 */
        lag: number;
      }[];
    };
    UpdateTaskOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'updateTask';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      fields: {
        name?: string;
        notes?: string;
        durationMinutes?: number;
        elapsed?: boolean;
        milestone?: boolean;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        calendarId?: string | null;
        /** @enum {string} */
        constraintType?:
          | 'asap'
          | 'alap'
          | 'startNoEarlierThan'
          | 'startNoLaterThan'
          | 'finishNoEarlierThan'
          | 'finishNoLaterThan'
          | 'mustStartOn'
          | 'mustFinishOn'
          | 'startOn'
          | 'finishOn';
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        constraintDate?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        deadline?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualStart?: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        actualFinish?: string | null;
        percentComplete?: number;
        remainingDurationMinutes?: number | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        responsibleId?: string | null;
        /** @enum {string} */
        taskType?: 'fixedUnits' | 'fixedWork' | 'fixedDuration';
        effortDriven?: boolean;
        priority?: number;
        levelingDelayMinutes?: number;
        fixedCostMinor?: number;
        /** @enum {string} */
        fixedCostAccrual?: 'start' | 'prorated' | 'end';
        physicalPercentComplete?: number;
        /** @enum {string|null} */
        evMethod?: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones' | null;
      };
    };
    MoveTasksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'moveTasks';
      taskIds: string[];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      parentId: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      beforeId?: string | null;
    };
    IndentTasksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'indentTasks';
      taskIds: string[];
    };
    OutdentTasksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'outdentTasks';
      taskIds: string[];
    };
    DeleteTasksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'deleteTasks';
      taskIds: string[];
    };
    AddLinksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'addLinks';
      links: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        predecessorId: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        successorId: string;
        /**
         * @default FS
         * @enum {string}
         */
        type: 'FS' | 'SS' | 'FF' | 'SF';
        /**
         * @default working
         * @enum {string}
         */
        lagKind: 'working' | 'elapsed' | 'percent';
        /** @default 0 */
        lag: number;
      }[];
    };
    UpdateLinkOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'updateLink';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      linkId: string;
      fields: {
        /** @enum {string} */
        type?: 'FS' | 'SS' | 'FF' | 'SF';
        /** @enum {string} */
        lagKind?: 'working' | 'elapsed' | 'percent';
        lag?: number;
      };
    };
    DeleteLinksOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'deleteLinks';
      linkIds: string[];
    };
    UpdatePlanOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'updatePlan';
      fields: {
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        projectStart?: string;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        statusDate?: string | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        defaultCalendarId?: string;
      };
    };
    AddAssignmentsOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'addAssignments';
      assignments: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id?: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        resourceId: string;
        unitsPercent?: number;
        workMinutes?: number;
      }[];
    };
    UpdateAssignmentOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'updateAssignment';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      assignmentId: string;
      fields: {
        unitsPercent?: number;
        workMinutes?: number;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        resourceId?: string;
      };
    };
    DeleteAssignmentsOp: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'deleteAssignments';
      assignmentIds: string[];
    };
    PlanHistory: {
      undo: components['schemas']['PlanHistoryStep'];
      redo: components['schemas']['PlanHistoryStep'];
    };
    PlanHistoryStep: {
      label: string;
    } | null;
    PlanStepResult: {
      plan: components['schemas']['PlanHeader'];
      changed: components['schemas']['PlanTask'][];
      deletedTaskIds: string[];
      links: components['schemas']['PlanLink'][];
      deletedLinkIds: string[];
      structureChanged: boolean;
      floats?: {
        row: number[];
        lateStartMinutes: (number | null)[];
        lateFinishMinutes: (number | null)[];
        totalFloatMinutes: (number | null)[];
        freeFloatMinutes: (number | null)[];
        critical: (0 | 1)[];
      };
      assignmentsChanged?: boolean;
      label: string;
      history: components['schemas']['PlanHistory'];
    };
    PlanStepBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ScenarioList: {
      items: components['schemas']['Scenario'][];
    };
    Scenario: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      name: string;
      baseVersion: number;
      opCount: number;
      steps: {
        label: string;
        opCount: number;
      }[];
      /** @description Optimistic-concurrency version */
      version: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
    };
    CreateScenarioBody: {
      name: string;
    };
    RenameScenarioBody: {
      name: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ScenarioOpsBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      label?: string;
      ops: components['schemas']['PlanOp'][];
    };
    ScenarioVersionBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ScenarioImpact: {
      /** @description Optimistic-concurrency version */
      liveVersion: number;
      finishBefore: string | null;
      finishAfter: string | null;
      finishDeltaMinutes: number | null;
      moved: components['schemas']['MovedTask'][];
      movedCount: number;
      floatConsumedMinutes: number;
      criticalAdded: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        name: string;
      }[];
      criticalRemoved: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        name: string;
      }[];
      milestones: components['schemas']['MilestoneMove'][];
      added: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        name: string;
      }[];
      removed: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        name: string;
      }[];
    };
    MovedTask: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      name: string;
      startBefore: string | null;
      startAfter: string | null;
      finishBefore: string | null;
      finishAfter: string | null;
      floatBeforeMinutes: number | null;
      floatAfterMinutes: number | null;
    };
    MilestoneMove: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      name: string;
      before: string | null;
      after: string | null;
      deltaMinutes: number | null;
    };
    CalendarList: {
      items: components['schemas']['Calendar'][];
    };
    Calendar: {
      name: string;
      /** @default 8 */
      hoursPerDay: number;
      /** @default 40 */
      hoursPerWeek: number;
      /** @default 20 */
      daysPerMonth: number;
      week: {
        monday?: string[];
        tuesday?: string[];
        wednesday?: string[];
        thursday?: string[];
        friday?: string[];
        saturday?: string[];
        sunday?: string[];
      };
      /** @default [] */
      exceptions: {
        name?: string;
        from: string;
        to?: string;
        /** @default [] */
        working: string[];
        recurrence?:
          | {
              /** @enum {string} */
              kind: 'daily';
              everyDays: number;
            }
          | {
              /** @enum {string} */
              kind: 'weekly';
              everyWeeks: number;
              weekdays: number[];
            }
          | {
              /** @enum {string} */
              kind: 'monthlyByDate';
              everyMonths: number;
              dayOfMonth: number;
            }
          | {
              /** @enum {string} */
              kind: 'monthlyByWeekday';
              everyMonths: number;
              day: number | ('day' | 'weekday' | 'weekendDay');
              position: number;
            }
          | {
              /** @enum {string} */
              kind: 'yearlyByDate';
              month: number;
              dayOfMonth: number;
            }
          | {
              /** @enum {string} */
              kind: 'yearlyByWeekday';
              month: number;
              day: number | ('day' | 'weekday' | 'weekendDay');
              position: number;
            };
        occurrences?: number;
      }[];
      /** @default [] */
      workWeeks: {
        from: string;
        to: string;
        week: {
          monday?: string[];
          tuesday?: string[];
          wednesday?: string[];
          thursday?: string[];
          friday?: string[];
          saturday?: string[];
          sunday?: string[];
        };
      }[];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this calendar now, by the policies its writes obey */
      allowedActions: components['schemas']['CalendarAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['CalendarActionRefusal'][];
    };
    /** @enum {string} */
    CalendarAction: 'calendar.update' | 'calendar.delete';
    CalendarActionRefusal: {
      action: components['schemas']['CalendarAction'];
      reason: string;
    };
    CreateCalendarBody: {
      name: string;
      /** @default 8 */
      hoursPerDay: number;
      /** @default 40 */
      hoursPerWeek: number;
      /** @default 20 */
      daysPerMonth: number;
      week: {
        monday?: string[];
        tuesday?: string[];
        wednesday?: string[];
        thursday?: string[];
        friday?: string[];
        saturday?: string[];
        sunday?: string[];
      };
      /** @default [] */
      exceptions: {
        name?: string;
        from: string;
        to?: string;
        /** @default [] */
        working: string[];
        recurrence?:
          | {
              /** @enum {string} */
              kind: 'daily';
              everyDays: number;
            }
          | {
              /** @enum {string} */
              kind: 'weekly';
              everyWeeks: number;
              weekdays: number[];
            }
          | {
              /** @enum {string} */
              kind: 'monthlyByDate';
              everyMonths: number;
              dayOfMonth: number;
            }
          | {
              /** @enum {string} */
              kind: 'monthlyByWeekday';
              everyMonths: number;
              day: number | ('day' | 'weekday' | 'weekendDay');
              position: number;
            }
          | {
              /** @enum {string} */
              kind: 'yearlyByDate';
              month: number;
              dayOfMonth: number;
            }
          | {
              /** @enum {string} */
              kind: 'yearlyByWeekday';
              month: number;
              day: number | ('day' | 'weekday' | 'weekendDay');
              position: number;
            };
        occurrences?: number;
      }[];
      /** @default [] */
      workWeeks: {
        from: string;
        to: string;
        week: {
          monday?: string[];
          tuesday?: string[];
          wednesday?: string[];
          thursday?: string[];
          friday?: string[];
          saturday?: string[];
          sunday?: string[];
        };
      }[];
    };
    UpdateCalendarBody: {
      name?: string;
      hoursPerDay?: number;
      hoursPerWeek?: number;
      daysPerMonth?: number;
      week?: {
        monday?: string[];
        tuesday?: string[];
        wednesday?: string[];
        thursday?: string[];
        friday?: string[];
        saturday?: string[];
        sunday?: string[];
      };
      exceptions?: {
        name?: string;
        from: string;
        to?: string;
        /** @default [] */
        working: string[];
        recurrence?:
          | {
              /** @enum {string} */
              kind: 'daily';
              everyDays: number;
            }
          | {
              /** @enum {string} */
              kind: 'weekly';
              everyWeeks: number;
              weekdays: number[];
            }
          | {
              /** @enum {string} */
              kind: 'monthlyByDate';
              everyMonths: number;
              dayOfMonth: number;
            }
          | {
              /** @enum {string} */
              kind: 'monthlyByWeekday';
              everyMonths: number;
              day: number | ('day' | 'weekday' | 'weekendDay');
              position: number;
            }
          | {
              /** @enum {string} */
              kind: 'yearlyByDate';
              month: number;
              dayOfMonth: number;
            }
          | {
              /** @enum {string} */
              kind: 'yearlyByWeekday';
              month: number;
              day: number | ('day' | 'weekday' | 'weekendDay');
              position: number;
            };
        occurrences?: number;
      }[];
      workWeeks?: {
        from: string;
        to: string;
        week: {
          monday?: string[];
          tuesday?: string[];
          wednesday?: string[];
          thursday?: string[];
          friday?: string[];
          saturday?: string[];
          sunday?: string[];
        };
      }[];
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    BaselineList: {
      items: components['schemas']['Baseline'][];
    };
    Baseline: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      number: number;
      name: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      savedAt: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      savedById: string | null;
      savedByName: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      projectStart: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      projectFinish: string | null;
      taskCount: number;
      /** @description What the caller may do on this baseline now, by the policies its writes obey */
      allowedActions: components['schemas']['BaselineAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['BaselineActionRefusal'][];
    };
    /** @enum {string} */
    BaselineAction: 'baseline.replace' | 'baseline.delete';
    BaselineActionRefusal: {
      action: components['schemas']['BaselineAction'];
      reason: string;
    };
    SaveBaselineBody: {
      name: string;
      number?: number;
      /** @default false */
      replace: boolean;
    };
    BaselineComparison: {
      baseline: components['schemas']['Baseline'];
      project: {
        startVarianceMinutes: number | null;
        finishVarianceMinutes: number | null;
        durationVarianceMinutes: number | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        baselineStart: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        baselineFinish: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        start: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        finish: string | null;
      };
      tasks: {
        startVarianceMinutes: number | null;
        finishVarianceMinutes: number | null;
        durationVarianceMinutes: number | null;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        row: number | null;
        wbs: string | null;
        name: string;
        /** @enum {string} */
        status: 'unchanged' | 'changed' | 'added' | 'removed';
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        baselineStart: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        baselineFinish: string | null;
        baselineDurationMinutes: number | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        start: string | null;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        finish: string | null;
        durationMinutes: number | null;
      }[];
    };
    MilestoneList: {
      items: components['schemas']['PortfolioMilestone'][];
      projectCount: number;
    };
    PortfolioMilestone: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      projectState: components['schemas']['ProjectState'];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string | null;
      portfolioName: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      name: string;
      wbs: string;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      date: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      baselineDate: string | null;
      slipMinutes: number | null;
      critical: boolean;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      deadline: string | null;
      /** @enum {string} */
      status: 'done' | 'slipped' | 'on_track' | 'no_baseline';
    };
    ProjectHealth: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      /** @enum {string} */
      overall: 'green' | 'amber' | 'red';
      /** @enum {string} */
      computedOverall: 'green' | 'amber' | 'red';
      evaluatedAt: string;
      /** @enum {string} */
      trend: 'better' | 'worse' | 'same';
      dimensions: components['schemas']['DimensionHealth'][];
      metrics: {
        [key: string]: number | null;
      };
      allowedActions: 'health.override'[];
    };
    DimensionHealth: {
      /** @enum {string} */
      key: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
      /** @enum {string} */
      rag: 'green' | 'amber' | 'red';
      /** @enum {string} */
      computedRag: 'green' | 'amber' | 'red';
      measured: boolean;
      override: components['schemas']['HealthOverride'];
      reasons: components['schemas']['HealthReason'][];
    };
    HealthOverride: {
      /** @enum {string} */
      dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
      /** @enum {string} */
      rag: 'green' | 'amber' | 'red';
      justification: string;
      byId: string;
      byName: string;
      at: string;
    } | null;
    HealthReason: {
      ruleId: string;
      metric: string;
      /** @enum {string} */
      rag: 'amber' | 'red';
      message: string;
      value: number;
      threshold: number;
      links: components['schemas']['HealthLink'][];
    };
    HealthLink: {
      /** @enum {string} */
      kind: 'task' | 'milestone' | 'report' | 'action' | 'check' | 'project';
      id: string;
      label: string;
    };
    HealthHistory: {
      items: components['schemas']['HealthHistoryEntry'][];
    };
    HealthHistoryEntry: {
      evaluatedAt: string;
      /** @enum {string} */
      overall: 'green' | 'amber' | 'red';
      dimensions: {
        [key: string]: 'green' | 'amber' | 'red';
      };
    };
    HealthOverrideInput: {
      /** @enum {string} */
      rag: 'green' | 'amber' | 'red';
      justification: string;
    };
    PortfolioHealth: {
      evaluatedAt: string;
      items: components['schemas']['PortfolioHealthItem'][];
    };
    PortfolioHealthItem: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      code: string;
      name: string;
      state: components['schemas']['ProjectState'];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string | null;
      portfolioName: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      managerId: string | null;
      managerName: string | null;
      /** @enum {string} */
      overall: 'green' | 'amber' | 'red';
      /** @enum {string} */
      computedOverall: 'green' | 'amber' | 'red';
      /** @enum {string} */
      trend: 'better' | 'worse' | 'same';
      dimensions: components['schemas']['DimensionHealth'][];
      metrics: {
        [key: string]: number | null;
      };
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      forecastFinish: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      baselineFinish: string | null;
      percentComplete: number | null;
      percentPlanned: number | null;
      nextMilestone: {
        taskId: string;
        name: string;
        /**
         * @description Local date-time without zone
         * @example 2024-01-08T08:00
         */
        date: string;
      } | null;
      lastReportAt: string | null;
      reportDue: string | null;
      reportOverdueDays: number | null;
      openActions: number;
      overdueActions: number;
    };
    HealthRulesView: {
      organisation: components['schemas']['HealthRuleSet'];
      portfolio: components['schemas']['HealthRuleSet'] & (Record<string, never> | null);
      effective: components['schemas']['HealthRule'][];
      metrics: components['schemas']['HealthMetricInfo'][];
      allowedActions: 'health.rules.manage'[];
    };
    HealthRuleSet: {
      rules: components['schemas']['HealthRule'][];
      version: number;
      updatedAt: string | null;
    };
    HealthRule: {
      id: string;
      metric: string;
      /** @enum {string} */
      comparison: 'gt' | 'gte' | 'lt' | 'lte';
      amber: number | null;
      red: number | null;
      /** @enum {string} */
      dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
      message: string;
      enabled: boolean;
    };
    HealthMetricInfo: {
      key: string;
      name: string;
      /** @enum {string} */
      unit: 'days' | 'percent' | 'count' | 'ratio';
      /** @enum {string} */
      dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
      description: string;
    };
    HealthRulesUpdate: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId?: string | null;
      rules: components['schemas']['HealthRule'][];
      version: number;
    };
    ScheduleQuality: {
      checks: components['schemas']['QualityCheck'][];
    };
    QualityCheck: {
      id: number;
      /** @enum {string} */
      key:
        | 'logic'
        | 'leads'
        | 'lags'
        | 'relationshipTypes'
        | 'hardConstraints'
        | 'highFloat'
        | 'negativeFloat'
        | 'highDuration'
        | 'invalidDates'
        | 'resources'
        | 'missedTasks'
        | 'criticalPathTest'
        | 'cpli'
        | 'bei';
      name: string;
      count: number;
      total: number;
      value: number | null;
      threshold: components['schemas']['QualityThreshold'];
      pass: boolean | null;
      taskIds: string[];
    };
    QualityThreshold: {
      /** @enum {string} */
      operator: '<=' | '>=';
      value: number;
    } | null;
    ReportingSettings: {
      /** @enum {string} */
      scope: 'portfolio' | 'project';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      scopeId: string;
      cadence: components['schemas']['Cadence'] | 'inherit';
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      startDate: string | null;
      sections: components['schemas']['TemplateSection'][] | null;
      version: number;
      effective: {
        cadence: components['schemas']['Cadence'];
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        startDate: string | null;
        sections: components['schemas']['TemplateSection'][];
        /** @enum {string} */
        source: 'project' | 'portfolio' | 'default';
      };
      allowedActions: 'reporting.configure'[];
    };
    /** @enum {string} */
    Cadence: 'none' | 'weekly' | 'fortnightly' | 'monthly';
    TemplateSection: {
      key: string;
      title: string;
    };
    PutReportingBody: {
      cadence: components['schemas']['Cadence'] | 'inherit';
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      startDate?: string | null;
      sections?: components['schemas']['TemplateSection'][] | null;
      version?: number;
    };
    ReportQueue: {
      items: components['schemas']['ReportQueueItem'][];
    };
    ReportQueueItem: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodStart: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodEnd: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      submittedAt: string | null;
      submittedBy: components['schemas']['PersonRef'];
      /** @enum {string|null} */
      overall: 'green' | 'amber' | 'red' | null;
    };
    PersonRef: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      name: string;
    } | null;
    StatusReportList: {
      items: components['schemas']['StatusReportSummary'][];
      cadence: components['schemas']['Cadence'];
      currentPeriod: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        start: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        end: string;
      } | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      nextDue: string | null;
      overdueDays: number;
      allowedActions: 'status_report.create'[];
    };
    StatusReportSummary: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodStart: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodEnd: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      dueDate: string;
      state: components['schemas']['StatusReportState'];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      submittedAt: string | null;
      /** @description Local date-time YYYY-MM-DDTHH:mm, or null */
      forecastFinish: string | null;
      finishVarianceDays: number | null;
      rags: {
        /** @enum {string|null} */
        schedule?: 'green' | 'amber' | 'red' | null;
        /** @enum {string|null} */
        cost?: 'green' | 'amber' | 'red' | null;
        /** @enum {string|null} */
        scope?: 'green' | 'amber' | 'red' | null;
        /** @enum {string|null} */
        resources?: 'green' | 'amber' | 'red' | null;
        /** @enum {string|null} */
        risk?: 'green' | 'amber' | 'red' | null;
        /** @enum {string|null} */
        quality?: 'green' | 'amber' | 'red' | null;
        /** @enum {string|null} */
        reporting?: 'green' | 'amber' | 'red' | null;
      };
      /** @enum {string|null} */
      overall: 'green' | 'amber' | 'red' | null;
    };
    /** @enum {string} */
    StatusReportState: 'draft' | 'submitted' | 'reviewed' | 'returned';
    StatusReport: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodStart: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodEnd: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      dueDate: string;
      state: components['schemas']['StatusReportState'];
      sections: {
        key: string;
        title: string;
        text: string;
      }[];
      rags: components['schemas']['ReportRag'][];
      snapshot: components['schemas']['ReportSnapshot'];
      submissions: {
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        submittedAt: string;
        by: components['schemas']['PersonRef'];
        snapshot: components['schemas']['ReportSnapshot'];
      }[];
      comments: components['schemas']['ReportComment'][];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      submittedAt: string | null;
      submittedBy: components['schemas']['PersonRef'];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      reviewedAt: string | null;
      reviewedBy: components['schemas']['PersonRef'];
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this statusreport now, by the policies its writes obey */
      allowedActions: components['schemas']['StatusReportAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['StatusReportActionRefusal'][];
    };
    ReportRag: {
      dimension: components['schemas']['Dimension'];
      /** @enum {string|null} */
      rag: 'green' | 'amber' | 'red' | null;
      /** @enum {string|null} */
      computedRag: 'green' | 'amber' | 'red' | null;
      reason: string | null;
    };
    /** @enum {string} */
    Dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
    ReportSnapshot: {
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      takenAt: string;
      /** @description Local date-time YYYY-MM-DDTHH:mm, or null */
      forecastFinish: string | null;
      /** @description Local date-time YYYY-MM-DDTHH:mm, or null */
      baselineFinish: string | null;
      /** @description Local date-time YYYY-MM-DDTHH:mm, or null */
      plannedFinish: string | null;
      finishVarianceDays: number | null;
      plannedPercentComplete: number | null;
      actualPercentComplete: number;
      nextMilestones: components['schemas']['SnapshotMilestone'][];
      slippedMilestones: components['schemas']['SnapshotMilestone'][];
      health: {
        /** @enum {string} */
        overall: 'green' | 'amber' | 'red';
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        evaluatedAt: string;
        dimensions: {
          key: components['schemas']['Dimension'];
          /** @enum {string} */
          rag: 'green' | 'amber' | 'red';
          /** @enum {string} */
          computedRag: 'green' | 'amber' | 'red';
          reasons: components['schemas']['SnapshotReason'][];
        }[];
      } | null;
    } | null;
    SnapshotMilestone: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      name: string;
      /** @description Local date-time YYYY-MM-DDTHH:mm, or null */
      date: string | null;
      /** @description Local date-time YYYY-MM-DDTHH:mm, or null */
      baselineDate: string | null;
      slipDays: number;
    };
    SnapshotReason: {
      ruleId: string;
      /** @enum {string} */
      rag: 'green' | 'amber' | 'red';
      message: string;
      value: number;
      threshold: number;
    };
    ReportComment: {
      /** @enum {string} */
      kind: 'review' | 'return';
      text: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      by: components['schemas']['PersonRef'];
    };
    /** @enum {string} */
    StatusReportAction:
      | 'status_report.update'
      | 'status_report.submit'
      | 'status_report.review'
      | 'status_report.return';
    StatusReportActionRefusal: {
      action: components['schemas']['StatusReportAction'];
      reason: string;
    };
    CreateStatusReportBody: {
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodStart?: string;
    };
    UpdateStatusReportBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      sections?: {
        key: string;
        text: string;
      }[];
      rags?: {
        dimension: components['schemas']['Dimension'];
        /** @enum {string|null} */
        rag: 'green' | 'amber' | 'red' | null;
        reason?: string | null;
      }[];
    };
    ReviewStatusReportBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      comment?: string;
    };
    ReturnStatusReportBody: {
      /** @description Optimistic-concurrency version */
      version?: number;
      comment: string;
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      total: number;
      page: number;
      pageSize: number;
    };
    AuditEntry: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      actorId: string | null;
      actorName: string | null;
      /** @example project.update */
      action: string;
      /** @example project */
      entityType: string;
      entityId: string;
      /** @description What the entry is about as people name it (task names for plan writes); null if unknown */
      entityLabel: string | null;
      /**
       * Format: uuid
       * @description The project the entry belongs to, if any
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      /** @example PRJ-0001 */
      projectCode: string | null;
      projectName: string | null;
      changes: {
        [key: string]: {
          before: unknown;
          after: unknown;
        };
      };
    };
    WebhookList: {
      items: components['schemas']['Webhook'][];
    };
    Webhook: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      url: string;
      description: string;
      eventTypes: string[];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      projectCode: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string | null;
      portfolioName: string | null;
      active: boolean;
      disabledReason: string | null;
      /**
       * Format: date-time
       * @description Since when its attempts fail; null while it answers
       */
      failingSince: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId: string;
      ownerName: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      pendingDeliveries: number;
      /** @description The most recent delivery, if any */
      lastDelivery: {
        /** @enum {string} */
        state: 'pending' | 'succeeded' | 'failed';
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string | null;
        /** @description HTTP status of the last attempt; null if none */
        responseStatus: number | null;
        /** @description How long the last attempt took, in milliseconds */
        durationMs: number | null;
        /** @description Why the last attempt failed (refused, timed out, HTTP 500…) */
        error: string | null;
      } | null;
      /** @description What the caller may do on this webhook now, by the policies its writes obey */
      allowedActions: components['schemas']['WebhookAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['WebhookActionRefusal'][];
    };
    /** @enum {string} */
    WebhookAction: 'webhook.update' | 'webhook.delete' | 'webhook.test' | 'webhook.resend';
    WebhookActionRefusal: {
      action: components['schemas']['WebhookAction'];
      reason: string;
    };
    CreatedWebhook: {
      webhook: components['schemas']['Webhook'];
      /** @description HMAC-SHA256 signing secret; shown only in this answer */
      secret: string;
    };
    CreateWebhook: {
      /** @example https://example.com/hooks/gantry */
      url: string;
      description?: string;
      eventTypes: (
        | '*'
        | 'project.created'
        | 'project.updated'
        | 'project.transitioned'
        | 'project.deleted'
        | 'project.approval_requested'
        | 'project.approval_declined'
        | 'project.approval_withdrawn'
        | 'project.member_added'
        | 'project.member_changed'
        | 'project.member_removed'
        | 'plan.changed'
        | 'baseline.saved'
        | 'baseline.deleted'
        | 'project.health_overridden'
        | 'status_report.submitted'
        | 'status_report.reviewed'
        | 'status_report.returned'
        | 'reporting.changed'
        | 'webhook.disabled'
        | 'corrective_action.created'
        | 'corrective_action.updated'
        | 'corrective_action.status_changed'
        | 'decision.recorded'
        | 'resource.created'
        | 'resource.updated'
        | 'resource.deleted'
        | 'resource_request.created'
        | 'resource_request.answered'
        | 'expense.entered'
        | 'expense.decided'
        | 'expense.deleted'
        | 'timesheet.submitted'
        | 'timesheet.approved'
        | 'timesheet.returned'
        | 'status_period.closed'
        | 'cost_category.changed'
        | 'budget.updated'
        | 'budget.submitted'
        | 'budget.approved'
        | 'budget.returned'
        | 'portfolio_budget.updated'
      )[];
      /**
       * Format: uuid
       * @description Only this project's events; null or absent: every project
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId?: string | null;
      /**
       * Format: uuid
       * @description Only events of this portfolio's projects; null or absent: every portfolio
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId?: string | null;
    };
    UpdateWebhook: {
      /** @example https://example.com/hooks/gantry */
      url?: string;
      description?: string;
      eventTypes?: (
        | '*'
        | 'project.created'
        | 'project.updated'
        | 'project.transitioned'
        | 'project.deleted'
        | 'project.approval_requested'
        | 'project.approval_declined'
        | 'project.approval_withdrawn'
        | 'project.member_added'
        | 'project.member_changed'
        | 'project.member_removed'
        | 'plan.changed'
        | 'baseline.saved'
        | 'baseline.deleted'
        | 'project.health_overridden'
        | 'status_report.submitted'
        | 'status_report.reviewed'
        | 'status_report.returned'
        | 'reporting.changed'
        | 'webhook.disabled'
        | 'corrective_action.created'
        | 'corrective_action.updated'
        | 'corrective_action.status_changed'
        | 'decision.recorded'
        | 'resource.created'
        | 'resource.updated'
        | 'resource.deleted'
        | 'resource_request.created'
        | 'resource_request.answered'
        | 'expense.entered'
        | 'expense.decided'
        | 'expense.deleted'
        | 'timesheet.submitted'
        | 'timesheet.approved'
        | 'timesheet.returned'
        | 'status_period.closed'
        | 'cost_category.changed'
        | 'budget.updated'
        | 'budget.submitted'
        | 'budget.approved'
        | 'budget.returned'
        | 'portfolio_budget.updated'
      )[];
      /**
       * Format: uuid
       * @description Only this project's events; null or absent: every project
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId?: string | null;
      /**
       * Format: uuid
       * @description Only events of this portfolio's projects; null or absent: every portfolio
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId?: string | null;
      active?: boolean;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    WebhookDeliveryPage: {
      items: components['schemas']['WebhookDelivery'][];
      total: number;
      page: number;
      pageSize: number;
    };
    WebhookDelivery: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      endpointId: string;
      eventId: string;
      eventSequence: number;
      eventType: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      /** @enum {string} */
      state: 'pending' | 'succeeded' | 'failed';
      attempts: number;
      /**
       * Format: date-time
       * @description When a pending delivery is tried next
       */
      nextAttemptAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      lastAttemptAt: string | null;
      /** @description HTTP status of the last attempt; null if none */
      responseStatus: number | null;
      /** @description How long the last attempt took, in milliseconds */
      durationMs: number | null;
      /** @description Why the last attempt failed (refused, timed out, HTTP 500…) */
      error: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
    };
    WebhookDeliveryDetail: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      endpointId: string;
      eventId: string;
      eventSequence: number;
      eventType: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      /** @enum {string} */
      state: 'pending' | 'succeeded' | 'failed';
      attempts: number;
      /**
       * Format: date-time
       * @description When a pending delivery is tried next
       */
      nextAttemptAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      lastAttemptAt: string | null;
      /** @description HTTP status of the last attempt; null if none */
      responseStatus: number | null;
      /** @description How long the last attempt took, in milliseconds */
      durationMs: number | null;
      /** @description Why the last attempt failed (refused, timed out, HTTP 500…) */
      error: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      history: components['schemas']['WebhookAttempt'][];
      /** @description The JSON body sent (the signature covers it exactly) */
      body: string;
    };
    WebhookAttempt: {
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      responseStatus: number | null;
      durationMs: number;
      error: string | null;
      /** @description The first bytes of the answer (at most 1 KB) */
      responseExcerpt: string;
      /** @description Made after a re-send by hand */
      manual: boolean;
    };
    WebhookTestQueued: {
      eventId: string;
      /** @enum {string} */
      delivery: 'queued';
    };
    CorrectiveActionPage: {
      items: components['schemas']['CorrectiveAction'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CorrectiveAction: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      title: string;
      description: string;
      owner: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      dueDate: string;
      status: components['schemas']['CorrectiveActionStatus'];
      overdue: boolean;
      finding: components['schemas']['Finding'];
      findingLabel: string;
      reevaluation: components['schemas']['Reevaluation'];
      verification: components['schemas']['Verification'];
      createdBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this correctiveaction now, by the policies its writes obey */
      allowedActions: components['schemas']['CorrectiveActionAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['CorrectiveActionActionRefusal'][];
    };
    /** @enum {string} */
    CorrectiveActionStatus: 'open' | 'in_progress' | 'done' | 'verified' | 'cancelled';
    Finding:
      | {
          /** @enum {string} */
          kind: 'health';
          ruleId: string;
          /** @enum {string} */
          dimension: 'schedule' | 'cost' | 'scope' | 'resources' | 'risk' | 'quality' | 'reporting';
        }
      | {
          /** @enum {string} */
          kind: 'dcma';
          checkId: number;
          /** @enum {string} */
          checkKey:
            | 'logic'
            | 'leads'
            | 'lags'
            | 'relationshipTypes'
            | 'hardConstraints'
            | 'highFloat'
            | 'negativeFloat'
            | 'highDuration'
            | 'invalidDates'
            | 'resources'
            | 'missedTasks'
            | 'criticalPathTest'
            | 'cpli'
            | 'bei';
        }
      | {
          /** @enum {string} */
          kind: 'variance';
          /** @default  */
          note: string;
        }
      | {
          /** @enum {string} */
          kind: 'manual';
        };
    Reevaluation: {
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      fires: boolean | null;
      value: number | null;
      threshold: number | null;
      message: string;
      /** @example Still fires: value 3, threshold 1 */
      sentence: string;
    } | null;
    Verification: {
      /** @enum {string} */
      how: 'automatic' | 'accepted';
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      at: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      byId: string;
      byName: string;
      reason: string;
      value: number | null;
      threshold: number | null;
    } | null;
    /** @enum {string} */
    CorrectiveActionAction:
      | 'corrective_action.update'
      | 'corrective_action.start'
      | 'corrective_action.done'
      | 'corrective_action.verify'
      | 'corrective_action.cancel';
    CorrectiveActionActionRefusal: {
      action: components['schemas']['CorrectiveActionAction'];
      reason: string;
    };
    CreateCorrectiveAction: {
      title: string;
      /** @default  */
      description: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      dueDate: string;
      finding?: components['schemas']['Finding'];
    };
    UpdateCorrectiveAction: {
      title?: string;
      description?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      ownerId?: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      dueDate?: string;
      finding?: components['schemas']['Finding'];
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    CorrectiveActionStep: {
      /** @default  */
      note: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    VerifyCorrectiveAction: {
      reason: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    DecisionPage: {
      items: components['schemas']['Decision'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Decision: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      kind: components['schemas']['DecisionKind'];
      title: string;
      context: string;
      options: string[];
      decision: string;
      reasons: string;
      decidedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      decidedAt: string;
      links: components['schemas']['DecisionLink'][];
    };
    /** @enum {string} */
    DecisionKind: 'manual' | 'approval' | 'rejection' | 'cancellation' | 'hold' | 'acceptance';
    DecisionLink: {
      /** @enum {string} */
      kind: 'project' | 'approval_request' | 'corrective_action' | 'status_report';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      label: string;
    };
    CreateDecision: {
      title: string;
      /** @default  */
      context: string;
      /** @default [] */
      options: string[];
      decision: string;
      /** @default  */
      reasons: string;
      /** @default [] */
      projectIds: string[];
      /** @default [] */
      items: {
        /** @enum {string} */
        kind: 'approval_request' | 'corrective_action' | 'status_report';
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
      }[];
    };
    PendingDecisionList: {
      items: components['schemas']['PendingDecision'][];
    };
    PendingDecision: {
      /** @enum {string} */
      kind: 'approval_request';
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      portfolioName: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      requestedAt: string;
      requestedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      note: string;
      projectVersion: number;
    };
    CostCategoryList: {
      items: components['schemas']['CostCategory'][];
    };
    CostCategory: {
      id: string;
      name: string;
      position: number;
      active: boolean;
      /** @description Optimistic-concurrency version */
      version: number;
    };
    CreateCostCategoryBody: {
      name: string;
    };
    UpdateCostCategoryBody: {
      name?: string;
      position?: number;
      active?: boolean;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ExpenseList: {
      items: components['schemas']['Expense'][];
      currency: string;
      approvedMinor: number;
      submittedMinor: number;
    };
    Expense: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string | null;
      taskName: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      date: string;
      amountMinor: number;
      category: string;
      note: string;
      status: components['schemas']['ExpenseStatus'];
      enteredBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      decidedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      decidedAt: string | null;
      decisionNote: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this expense now, by the policies its writes obey */
      allowedActions: components['schemas']['ExpenseAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['ExpenseActionRefusal'][];
    };
    /** @enum {string} */
    ExpenseStatus: 'submitted' | 'approved' | 'rejected';
    /** @enum {string} */
    ExpenseAction: 'expense.approve' | 'expense.reject' | 'expense.delete';
    ExpenseActionRefusal: {
      action: components['schemas']['ExpenseAction'];
      reason: string;
    };
    CreateExpenseBody: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @default null
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string | null;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      date: string;
      amountMinor: number;
      category: string;
      /** @default  */
      note: string;
    };
    DecideExpenseBody: {
      /** @description Optimistic-concurrency version */
      version: number;
      /** @default  */
      note: string;
    };
    EarnedValueReport: {
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      statusDate: string;
      currency: string;
      /** @description The baseline measured against (its BAC is 0 when it was saved before the tasks had costs); null when the project has none */
      baseline: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        number: number;
        name: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        savedAt: string;
      } | null;
      evMethod: components['schemas']['EvMethod'];
      bac: number;
      pv: number;
      ev: number;
      ac: number;
      sv: number;
      cv: number;
      spi: number | null;
      cpi: number | null;
      eac: {
        /** @description BAC / CPI */
        cpi: number | null;
        /** @description AC + (BAC − EV) / (CPI × SPI) */
        spiCpi: number | null;
        /** @description AC + the current plan's remaining cost */
        bottomUp: number;
        /** @description AC + (BAC − EV) */
        remainingAtBudget: number;
      };
      /** @description EAC (CPI) − AC; bottom-up where CPI is undefined */
      etc: number;
      /** @description BAC − EAC (CPI); bottom-up where CPI is undefined */
      vac: number;
      tcpi: {
        bac: number | null;
        eac: number | null;
      };
      earnedSchedule: {
        es: number;
        at: number;
        pd: number;
        sv: number;
        spi: number | null;
        ieac: number | null;
        tspi: number | null;
        /** @enum {string} */
        unit: 'workingDays';
      };
      periods: components['schemas']['EarnedValuePeriod'][];
      tasks: components['schemas']['EarnedValueTask'][];
    };
    /** @enum {string} */
    EvMethod: 'physical' | 'duration' | 'zeroHundred' | 'fiftyFifty' | 'weightedMilestones';
    EarnedValuePeriod: {
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      end: string;
      pv: number;
      /** @description Known at the status date (closed status periods add more) */
      ev: number | null;
      /** @description Null after the status date */
      ac: number | null;
    };
    EarnedValueTask: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      wbs: string;
      name: string;
      summary: boolean;
      bac: number;
      pv: number;
      ev: number;
      ac: number;
      sv: number;
      cv: number;
      spi: number | null;
      cpi: number | null;
      etc: number;
      eac: number;
    };
    EarnedValueTrend: {
      items: components['schemas']['EarnedValueSnapshot'][];
    };
    EarnedValueSnapshot: {
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodStart: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      periodEnd: string;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      statusDate: string;
      bac: number;
      pv: number;
      ev: number;
      ac: number;
      spi: number | null;
      cpi: number | null;
      /** @description SPI(t), earned schedule */
      spiT: number | null;
      /** @description EAC (CPI) */
      eac: number | null;
    };
    StatusPeriodList: {
      cadence: components['schemas']['PeriodCadence'];
      /** @description Optimistic-concurrency version */
      version: number;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      closedThrough: string | null;
      periods: components['schemas']['StatusPeriod'][];
    };
    /** @enum {string} */
    PeriodCadence: 'week' | 'month';
    StatusPeriod: {
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      start: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      end: string;
      closed: boolean;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      closedAt: string | null;
      closedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
    };
    StatusPeriodSettingsBody: {
      cadence: components['schemas']['PeriodCadence'];
      /** @description Optimistic-concurrency version */
      version: number;
    };
    ClosePeriodsAccepted: {
      job: components['schemas']['Job'];
    };
    ClosePeriodsBody: {
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      through: string;
    };
    TimesheetWeek: {
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      weekStart: string;
      days: string[];
      version: number;
      lines: components['schemas']['TimesheetLine'][];
      suggestions: components['schemas']['TimesheetSuggestion'][];
      dayTotals: number[];
      totalMinutes: number;
    };
    TimesheetLine: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      taskName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      assignmentId: string | null;
      minutes: number[];
      totalMinutes: number;
      note: string;
      status: components['schemas']['TimesheetLineStatus'];
      /** @description The approver's comment when returned */
      comment: string;
      decidedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      decidedAt: string | null;
      /** @description Set when approved */
      costMinor: number | null;
      /** @description Draft or returned: its owner may still change it */
      editable: boolean;
    };
    /** @enum {string} */
    TimesheetLineStatus: 'draft' | 'submitted' | 'approved' | 'returned';
    TimesheetSuggestion: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      taskName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      assignmentId: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      start: string | null;
      /**
       * @description Local date-time without zone
       * @example 2024-01-08T08:00
       */
      finish: string | null;
    };
    SaveTimesheetBody: {
      /** @description 0 for a week not saved yet */
      version: number;
      lines: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        projectId: string;
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        minutes: number[];
        /** @default  */
        note: string;
      }[];
    };
    SubmitTimesheetBody: {
      /** @description Optimistic-concurrency version */
      version: number;
    };
    ProjectTimesheetList: {
      items: components['schemas']['ProjectTimesheetLine'][];
      canDecide: boolean;
    };
    ProjectTimesheetLine: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      taskName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      assignmentId: string | null;
      minutes: number[];
      totalMinutes: number;
      note: string;
      status: components['schemas']['TimesheetLineStatus'];
      /** @description The approver's comment when returned */
      comment: string;
      decidedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      decidedAt: string | null;
      /** @description Set when approved */
      costMinor: number | null;
      /** @description Draft or returned: its owner may still change it */
      editable: boolean;
      person: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      weekStart: string;
    };
    ApproveTimesheetBody: {
      lineIds: string[];
      /**
       * @description The manager's estimate of remaining work per task, instead of planned less done
       * @default []
       */
      remaining: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        remainingWorkMinutes: number;
      }[];
    };
    ReturnTimesheetBody: {
      lineIds: string[];
      comment: string;
    };
    ProjectBudget: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      currency: string;
      /**
       * @description submitted: waiting for the PMO to approve or return it
       * @enum {string}
       */
      status: 'draft' | 'submitted';
      lines: components['schemas']['BudgetLine'][];
      linesMinor: number;
      contingencyMinor: number;
      managementReserveMinor: number;
      /** @description Lines + contingency reserve + management reserve */
      totalMinor: number;
      /** @description Lines on the project as a whole (no WBS element) */
      projectLevelMinor: number;
      byCategory: {
        category: string;
        name: string;
        amountMinor: number;
      }[];
      /** @description The WBS elements that carry lines, in WBS order */
      byWbs: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        wbs: string | null;
        name: string | null;
        ownMinor: number;
        /** @description With the lines on every element below it */
        totalMinor: number;
      }[];
      submission: {
        by: {
          /**
           * Format: uuid
           * @description Resource id (UUID)
           * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
           */
          id: string;
          name: string;
        };
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        reason: string;
      } | null;
      /** @description The PMO's last return, until the budget is approved */
      returned: {
        by: {
          /**
           * Format: uuid
           * @description Resource id (UUID)
           * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
           */
          id: string;
          name: string;
        };
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        at: string;
        comment: string;
      } | null;
      updatedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string | null;
      /** @description The charter's budget: the latest approved total */
      charterBudgetMinor: number;
      /** @description The latest approved version */
      approved: {
        number: number;
        kind: components['schemas']['BudgetVersionKind'];
        changeRequestId: string | null;
        reason: string;
        submittedBy: {
          /**
           * Format: uuid
           * @description Resource id (UUID)
           * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
           */
          id: string;
          name: string;
        } | null;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        submittedAt: string | null;
        approvedBy: {
          /**
           * Format: uuid
           * @description Resource id (UUID)
           * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
           */
          id: string;
          name: string;
        };
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        approvedAt: string;
        approvalNote: string;
        currency: string;
        linesMinor: number;
        contingencyMinor: number;
        managementReserveMinor: number;
        totalMinor: number;
      } | null;
      /** @description The working budget differs from the latest approved version (or none is approved) */
      changedSinceApproval: boolean;
      /** @description Approved versions, the original first */
      versions: components['schemas']['BudgetVersionSummary'][];
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this budget now, by the policies its writes obey */
      allowedActions: components['schemas']['BudgetAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['BudgetActionRefusal'][];
    };
    BudgetLine: {
      category: string;
      categoryName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string | null;
      wbs: string | null;
      taskName: string | null;
      amountMinor: number;
      note: string;
    };
    /**
     * @description original: the first approved; revision: approved later; change: by change control
     * @enum {string}
     */
    BudgetVersionKind: 'original' | 'revision' | 'change';
    BudgetVersionSummary: {
      number: number;
      kind: components['schemas']['BudgetVersionKind'];
      changeRequestId: string | null;
      reason: string;
      submittedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      submittedAt: string | null;
      approvedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      approvedAt: string;
      approvalNote: string;
      currency: string;
      linesMinor: number;
      contingencyMinor: number;
      managementReserveMinor: number;
      totalMinor: number;
    };
    /** @enum {string} */
    BudgetAction: 'budget.edit' | 'budget.management_reserve' | 'budget.submit' | 'budget.approve' | 'budget.return';
    BudgetActionRefusal: {
      action: components['schemas']['BudgetAction'];
      reason: string;
    };
    UpdateBudgetBody: {
      lines: components['schemas']['BudgetLineInput'][];
      /** @description The contingency reserve, held by the project's manager */
      contingencyMinor: number;
      /** @description The management reserve, held by the PMO: anyone else leaves it out or sends it unchanged */
      managementReserveMinor?: number;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    BudgetLineInput: {
      category: string;
      /**
       * Format: uuid
       * @description A task of the plan (summary or work package); null: the project as a whole
       * @default null
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string | null;
      amountMinor: number;
      /** @default  */
      note: string;
    };
    SubmitBudgetBody: {
      reason: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ApproveBudgetBody: {
      /** @default  */
      note: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ReturnBudgetBody: {
      comment: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    BudgetVersion: {
      number: number;
      kind: components['schemas']['BudgetVersionKind'];
      changeRequestId: string | null;
      reason: string;
      submittedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      submittedAt: string | null;
      approvedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      };
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      approvedAt: string;
      approvalNote: string;
      currency: string;
      linesMinor: number;
      contingencyMinor: number;
      managementReserveMinor: number;
      /** @description Lines + contingency reserve + management reserve */
      totalMinor: number;
      lines: components['schemas']['BudgetLine'][];
      /** @description Lines on the project as a whole (no WBS element) */
      projectLevelMinor: number;
      byCategory: {
        category: string;
        name: string;
        amountMinor: number;
      }[];
      /** @description The WBS elements that carry lines, in WBS order */
      byWbs: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        taskId: string;
        wbs: string | null;
        name: string | null;
        ownMinor: number;
        /** @description With the lines on every element below it */
        totalMinor: number;
      }[];
    };
    PortfolioBudget: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string;
      currency: string;
      lines: {
        year: number;
        category: string;
        amountMinor: number;
      }[];
      /** @description Every year × category with a budget or projects' amounts */
      cells: {
        year: number;
        category: string;
        budgetMinor: number;
        /** @description The projects' approved lines of this category spread into this year */
        projectsMinor: number;
        over: boolean;
      }[];
      years: {
        year: number;
        budgetMinor: number;
        contingencyMinor: number;
        managementReserveMinor: number;
        /** @description Lines + reserves of the counted projects in this year */
        projectsMinor: number;
        over: boolean;
      }[];
      budgetMinor: number;
      projectsMinor: number;
      /** @description The portfolio's projects */
      projects: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        code: string;
        name: string;
        currency: string;
        approvedTotalMinor: number | null;
        approvedVersion: number | null;
        /**
         * @description Whether its approved budget is in the sums, and why not
         * @enum {string}
         */
        counted: 'counted' | 'no_approved_budget' | 'cancelled' | 'other_currency';
      }[];
      /** @description Approved budgets in other currencies, which are never converted */
      unsummed: {
        currency: string;
        projectIds: string[];
        approvedTotalMinor: number;
      }[];
      updatedBy: {
        /**
         * Format: uuid
         * @description Resource id (UUID)
         * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
         */
        id: string;
        name: string;
      } | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string | null;
      /** @description Optimistic-concurrency version */
      version: number;
    };
    UpdatePortfolioBudgetBody: {
      lines: components['schemas']['PortfolioBudgetLineInput'][];
      /** @description Default: the budget's, else the currency most of the portfolio's projects use */
      currency?: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    PortfolioBudgetLineInput: {
      year: number;
      category: string;
      amountMinor: number;
    };
    ResourcePage: {
      items: components['schemas']['Resource'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Resource: {
      code: string;
      name: string;
      kind: components['schemas']['ResourceKind'];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      userId: string | null;
      email: '' | string;
      department: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      roleId: string | null;
      materialUnit: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      calendarId: string | null;
      skills: {
        skill: string;
        level: number;
      }[];
      exceptions: {
        /** @default  */
        name: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        to: string;
        working: {
          start: string;
          end: string;
        }[];
      }[];
      maxUnits: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        unitsPercent: number;
      }[];
      rates: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        standardPerHourMinor: number;
        overtimePerHourMinor: number;
        perUseMinor: number;
      }[];
      currency: string;
      booking: components['schemas']['BookingType'];
      active: boolean;
      notes: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      userName: string | null;
      roleName: string | null;
      /** @description Optimistic-concurrency version */
      version: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description What the caller may do on this resource now, by the policies its writes obey */
      allowedActions: components['schemas']['ResourceAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['ResourceActionRefusal'][];
    };
    /** @enum {string} */
    ResourceKind: 'person' | 'role' | 'equipment' | 'material' | 'cost';
    /** @enum {string} */
    BookingType: 'committed' | 'proposed';
    /** @enum {string} */
    ResourceAction: 'resource.update' | 'resource.delete';
    ResourceActionRefusal: {
      action: components['schemas']['ResourceAction'];
      reason: string;
    };
    CreateResourceBody: {
      code: string;
      name: string;
      kind: components['schemas']['ResourceKind'];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      userId?: string | null;
      email?: '' | string;
      department?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      roleId?: string | null;
      materialUnit?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      calendarId?: string | null;
      skills?: {
        skill: string;
        level: number;
      }[];
      exceptions?: {
        /** @default  */
        name: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        to: string;
        working: {
          start: string;
          end: string;
        }[];
      }[];
      maxUnits?: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        unitsPercent: number;
      }[];
      rates?: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        standardPerHourMinor: number;
        overtimePerHourMinor: number;
        perUseMinor: number;
      }[];
      currency?: string;
      booking?: components['schemas']['BookingType'];
      active?: boolean;
      notes?: string;
    };
    UpdateResourceBody: {
      code?: string;
      name?: string;
      kind?: components['schemas']['ResourceKind'];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      userId?: string | null;
      email?: '' | string;
      department?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      roleId?: string | null;
      materialUnit?: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      calendarId?: string | null;
      skills?: {
        skill: string;
        level: number;
      }[];
      exceptions?: {
        /** @default  */
        name: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        to: string;
        working: {
          start: string;
          end: string;
        }[];
      }[];
      maxUnits?: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        unitsPercent: number;
      }[];
      rates?: {
        /**
         * Format: date
         * @description Date, YYYY-MM-DD
         * @example 2026-01-15
         */
        from: string;
        standardPerHourMinor: number;
        overtimePerHourMinor: number;
        perUseMinor: number;
      }[];
      currency?: string;
      booking?: components['schemas']['BookingType'];
      active?: boolean;
      notes?: string;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    ResourceSettings: {
      stateWeights: {
        proposed: number;
        approved: number;
        planning: number;
        executing: number;
        closing: number;
        closed: number;
        cancelled: number;
        on_hold: number;
      };
      unstaffedWeeks: number;
      /** @description Optimistic-concurrency version */
      version: number;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string | null;
      /** @description What the caller may do on this resourcesettings now, by the policies its writes obey */
      allowedActions: components['schemas']['ResourceSettingsAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['ResourceSettingsActionRefusal'][];
    };
    /** @enum {string} */
    ResourceSettingsAction: 'resource.settings.manage';
    ResourceSettingsActionRefusal: {
      action: components['schemas']['ResourceSettingsAction'];
      reason: string;
    };
    UpdateResourceSettingsBody: {
      stateWeights?: {
        proposed?: number;
        approved?: number;
        planning?: number;
        executing?: number;
        closing?: number;
        closed?: number;
        cancelled?: number;
        on_hold?: number;
      };
      unstaffedWeeks?: number;
      /** @description Optimistic-concurrency version */
      version?: number;
    };
    CapacityView: {
      groupBy: components['schemas']['CapacityGroupBy'];
      unit: components['schemas']['CapacityUnit'];
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      from: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      to: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      portfolioId: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      periods: components['schemas']['CapacityPeriod'][];
      rows: components['schemas']['CapacityRow'][];
    };
    /** @enum {string} */
    CapacityGroupBy: 'resource' | 'role' | 'skill' | 'department';
    /** @enum {string} */
    CapacityUnit: 'day' | 'week' | 'month';
    CapacityPeriod: {
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      start: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      end: string;
      label: string;
    };
    CapacityRow: {
      key: string;
      name: string;
      capacityMinutes: number[];
      demandMinutes: number[];
      overallocated: boolean[];
      overallocatedResources: number[];
      resourceIds: string[];
    };
    CapacityCell: {
      key: string;
      name: string;
      period: components['schemas']['CapacityPeriod'];
      capacityMinutes: number;
      demandMinutes: number;
      overallocated: boolean;
      resources: components['schemas']['CapacityCellResource'][];
      items: components['schemas']['CapacityCellItem'][];
      otherProjectsMinutes: number;
    };
    CapacityCellResource: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      name: string;
      capacityMinutes: number;
      demandMinutes: number;
      overallocated: boolean;
    };
    CapacityCellItem: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      taskName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId: string;
      resourceName: string;
      minutes: number;
      weightPercent: number;
    };
    AssignmentList: {
      planVersion: number;
      items: components['schemas']['Assignment'][];
    };
    Assignment: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      taskName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId: string;
      resourceName: string;
      resourceKind: components['schemas']['ResourceKind'];
      unitsPercent: number;
      workMinutes: number;
      actualWorkMinutes: number;
      remainingWorkMinutes: number;
      levelingDelayMinutes: number;
      staffingHistory: components['schemas']['StaffingChange'][];
    };
    StaffingChange: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId: string;
      resourceName: string;
      until: string;
      by: string;
      byName: string | null;
      outsideRole: boolean;
    };
    MyAssignmentList: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId: string | null;
      items: components['schemas']['MyAssignment'][];
    };
    MyAssignment: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      taskId: string;
      taskName: string;
      start: string | null;
      finish: string | null;
      unitsPercent: number;
      workMinutes: number;
      remainingWorkMinutes: number;
      percentComplete: number;
    };
    ResourceRequestList: {
      items: components['schemas']['ResourceRequest'][];
    };
    ResourceRequest: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string;
      projectCode: string;
      projectName: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      assignmentId: string | null;
      taskName: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId: string;
      resourceName: string;
      resourceKind: components['schemas']['ResourceKind'];
      unitsPercent: number;
      from: string;
      to: string;
      note: string;
      status: components['schemas']['ResourceRequestStatus'];
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      fulfilledByResourceId: string | null;
      fulfilledByName: string | null;
      answerNote: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      requestedBy: string;
      requestedByName: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      answeredBy: string | null;
      answeredByName: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      updatedAt: string;
      /** @description Optimistic-concurrency version */
      version: number;
      /** @description What the caller may do on this resourcerequest now, by the policies its writes obey */
      allowedActions: components['schemas']['ResourceRequestAction'][];
      /** @description Actions the caller's role allows but this resource stops now, with the reason */
      refusedActions: components['schemas']['ResourceRequestActionRefusal'][];
    };
    /** @enum {string} */
    ResourceRequestStatus: 'open' | 'fulfilled' | 'declined' | 'withdrawn';
    /** @enum {string} */
    ResourceRequestAction: 'resource_request.fulfil' | 'resource_request.decline' | 'resource_request.withdraw';
    ResourceRequestActionRefusal: {
      action: components['schemas']['ResourceRequestAction'];
      reason: string;
    };
    NewResourceRequest: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      assignmentId?: string | null;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId?: string;
      /** @default 100 */
      unitsPercent: number;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      from: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      to: string;
      /** @default  */
      note: string;
    };
    FulfilResourceRequestBody: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      resourceId: string;
      /** @default  */
      note: string;
      /** @description Optimistic-concurrency version */
      version: number;
    };
    DeclineResourceRequestBody: {
      note: string;
      /** @description Optimistic-concurrency version */
      version: number;
    };
    WithdrawResourceRequestBody: {
      /** @description Optimistic-concurrency version */
      version: number;
    };
    LevelJobAccepted: {
      job: components['schemas']['Job'];
    };
    LevelBody: {
      /**
       * @default project
       * @enum {string}
       */
      scope: 'project' | 'pool';
      /** @default false */
      withinSlack: boolean;
      /** @default false */
      split: boolean;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      from?: string;
      /**
       * Format: date
       * @description Date, YYYY-MM-DD
       * @example 2026-01-15
       */
      to?: string;
      /** @default true */
      preview: boolean;
      budget?: number;
      seed?: number;
    };
    ClearLevelingBody: {
      version?: number;
    };
    NotificationPage: {
      items: components['schemas']['Notification'][];
      total: number;
      page: number;
      pageSize: number;
      unread: number;
    };
    Notification: {
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      id: string;
      /** @example task.moved */
      kind: string;
      title: string;
      body: string;
      /** @example /projects/0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10/plan */
      link: string;
      /**
       * Format: uuid
       * @description Resource id (UUID)
       * @example 0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10
       */
      projectId: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      readAt: string | null;
    };
    UnreadCount: {
      unread: number;
    };
    NotificationPreferences: {
      channels: 'in_app'[];
      kinds: {
        /** @enum {string} */
        kind:
          | 'task.assigned'
          | 'task.moved'
          | 'project.transitioned'
          | 'approval.requested'
          | 'approval.declined'
          | 'member.added'
          | 'webhook.disabled'
          | 'action.assigned'
          | 'report.due'
          | 'report.overdue'
          | 'report.submitted'
          | 'report.reviewed'
          | 'report.returned'
          | 'resource.requested'
          | 'resource.request_answered';
        label: string;
        description: string;
        channels: {
          in_app: boolean;
        };
      }[];
    };
    PutNotificationPreferences: {
      kinds: {
        /** @enum {string} */
        kind:
          | 'task.assigned'
          | 'task.moved'
          | 'project.transitioned'
          | 'approval.requested'
          | 'approval.declined'
          | 'member.added'
          | 'webhook.disabled'
          | 'action.assigned'
          | 'report.due'
          | 'report.overdue'
          | 'report.submitted'
          | 'report.reviewed'
          | 'report.returned'
          | 'resource.requested'
          | 'resource.request_answered';
        channels: {
          in_app: boolean;
        };
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
