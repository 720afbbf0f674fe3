// One failed item of a bulk answer (deleting remotes or roles, invalidating keys), in Kibana's shape: Kibana's
// remote clusters API writes each as {status, payload: {message}, options: {statusCode, body: {message}}}, and its
// API integration test asserts that body, so tools written against Kibana read either half.

export interface ItemError {
  status: number;
  payload: { message: string };
  options: { statusCode: number; body: { message: string } };
}

export function itemError(status: number, message: string): ItemError {
  return { status, payload: { message }, options: { statusCode: status, body: { message } } };
}
