import 'server-only';
import { NextResponse } from 'next/server';
import { toErrorResponse } from './api-error';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * The one way an operation answers: its value as JSON, never cached, or a Response it built itself (a cookie to
 * set, another cache rule); every error through the one error format.
 */
export async function respond(work: () => Promise<unknown>): Promise<Response> {
  try {
    const answer = await work();
    return answer instanceof Response ? answer : NextResponse.json(answer, { headers: NO_STORE });
  } catch (error) {
    // Errors are never cached either: a 401 or 404 is about this moment and this caller.
    const response = toErrorResponse(error);
    response.headers.set('Cache-Control', 'no-store');
    return response;
  }
}
