/**
 * The value a JSON object holds under a name the caller chose, and only its own: `answer[name]` would hand back
 * Object.prototype's members for names such as "constructor" or "__proto__", a remote or role that does not exist.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}
