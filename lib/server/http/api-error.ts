import 'server-only';
import { errors } from '@elastic/elasticsearch';
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { fieldErrors } from '@/lib/validation/field-errors';

/** The one error body every route returns (Kibana's shape, so Kibana tooling reads it). */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  attributes?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly attributes?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  429: 'Too Many Requests',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function errorBody(statusCode: number, message: string, attributes?: Record<string, unknown>): ApiErrorBody {
  return { statusCode, error: REASON_PHRASES[statusCode] ?? 'Error', message, ...(attributes ? { attributes } : {}) };
}

/** Elasticsearch keeps its status and reason; validation becomes per-field 400; the rest is a bare 500. */
export function toErrorResponse(error: unknown): NextResponse<ApiErrorBody> {
  const body = describeError(error);
  return NextResponse.json(body, { status: body.statusCode });
}

export function describeError(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return errorBody(error.statusCode, error.message, error.attributes);
  if (error instanceof ZodError) {
    const fields = fieldErrors(error);
    const summary = Object.entries(fields)
      .map(([field, message]) => `${field}: ${message}`)
      .join('; ');
    return errorBody(400, `Invalid request: ${summary}`, { fields });
  }
  if (error instanceof errors.ResponseError) {
    return errorBody(error.statusCode ?? 500, elasticsearchReason(error), {
      elasticsearch: { type: errorType(error) },
    });
  }
  if (error instanceof errors.ConnectionError) return errorBody(502, 'The cluster cannot be reached.');
  if (error instanceof errors.TimeoutError) return errorBody(504, 'The cluster did not answer in time.');
  console.error('[api] unexpected error:', error instanceof Error ? `${error.name}: ${error.message}` : 'unknown');
  return errorBody(500, 'An internal error occurred.');
}

function elasticsearchReason(error: errors.ResponseError): string {
  const body = error.body as { error?: { reason?: string; root_cause?: { reason?: string }[] } | string } | undefined;
  if (typeof body?.error === 'string') return body.error;
  return body?.error?.reason ?? body?.error?.root_cause?.[0]?.reason ?? error.message;
}

function errorType(error: errors.ResponseError): string | undefined {
  const body = error.body as { error?: { type?: string } } | undefined;
  return typeof body?.error === 'object' ? body.error.type : undefined;
}
