/**
 * Checks the mock's responses against the spec with the reference server's response
 * validators, so the mock's tests fail when the mock returns a response the spec does not allow.
 */
import document from '@vdx/sdk/openapi.json' with { type: 'json' };
import { findResponseMismatch } from '@vdx/server';

interface SpecDocument {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

interface OperationRoute {
  method: string;
  pattern: RegExp;
  operationId: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function operationRoutes(): OperationRoute[] {
  const routes: OperationRoute[] = [];
  for (const [path, item] of Object.entries((document as unknown as SpecDocument).paths)) {
    const source = path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : escapeRegExp(part)))
      .join('');
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation === 'object' && operation?.operationId) {
        routes.push({
          method: method.toUpperCase(),
          pattern: new RegExp(`^${source}$`),
          operationId: operation.operationId,
        });
      }
    }
  }
  return routes;
}

const ROUTES = operationRoutes();

/** Returns the operationId of a request to the mock, or undefined for no spec operation. */
export function findOperationId(request: Request, basePath = ''): string | undefined {
  const path = new URL(request.url).pathname.slice(basePath.length);
  return ROUTES.find((r) => r.method === request.method && r.pattern.test(path))?.operationId;
}

/** Returns a description of how a mocked response breaks the spec, or undefined when it matches. */
export async function checkMockResponse(
  operationId: string,
  response: Response,
): Promise<string | undefined> {
  // A network error injected with fail() has status 0 and no body to check.
  if (response.type === 'error' || response.status === 0) return undefined;
  const text = await response.clone().text();
  const mismatch = findResponseMismatch(operationId, response.status, text);
  return mismatch && `${operationId} ${response.status}: ${mismatch}`;
}
