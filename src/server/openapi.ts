import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorBody } from '../contracts/index.js';
import type { AppEnv } from './env.js';
import { validationError } from './errors.js';

/**
 * A validation hook naming fields with indices in brackets ("ops[37].fields.durationMinutes"),
 * as the services name the fields of list items, for routes whose body is a list of items.
 */
export const indexedPaths = (result: { success: boolean; error?: unknown; target: string }): undefined => {
  if (!result.success) throw validationError(result.error as never, result.target, 'indexed');
  return undefined;
};

/** A router whose request validation failures become our 400 envelope. */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error as never, result.target);
    },
  });
}

const errorContent = { 'application/json': { schema: ErrorBody } };

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const ERRORS = {
  400: { description: 'Invalid input; details.issues names each field', content: errorContent },
  401: { description: 'Not signed in', content: errorContent },
  403: { description: 'Not allowed for your role', content: errorContent },
  404: { description: 'Not found (or not visible to you)', content: errorContent },
  409: { description: 'Version conflict or duplicate', content: errorContent },
} as const;

/** A JSON success response for the OpenAPI document. */
export function ok<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

/** A JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

/** Path parameter `id`. */
export const IdParam = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

/** If-Match header carrying the version an update is based on. */
export const IfMatchHeader = z.object({
  'if-match': z.string().optional().meta({ description: 'Version the write is based on, e.g. "3"' }),
});
