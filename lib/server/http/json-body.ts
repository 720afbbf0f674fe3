import 'server-only';
import { ApiError } from './api-error';

const DEFAULT_MAX_BYTES = 64 * 1024;
/** application/json or a +json type, with parameters such as charset. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

/** The request's JSON body, refused before parsing when it is larger than any legitimate input. */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ApiError(413, `The request body must be at most ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes)
    throw new ApiError(413, `The request body must be at most ${maxBytes} bytes.`);
  if (text.trim() === '') throw new ApiError(400, 'The request needs a JSON body.');
  // A form post or text/plain is what a cross-site page can send without a preflight: only JSON is read.
  const contentType = request.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(contentType)) {
    throw new ApiError(
      415,
      `The request body must be sent as application/json, not ${contentType || 'without a type'}.`,
      {
        contentType: contentType || null,
      },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
}
