/** Where zod (v4) keeps its configuration: `z.config` writes there, and zod keeps an object it finds there. */
interface ZodConfigHolder {
  __zod_globalConfig?: { jitless?: boolean };
}

/** Tells zod not to probe for eval support, without importing zod. */
export function markZodJitless(scope: object): void {
  const holder = scope as ZodConfigHolder;
  holder.__zod_globalConfig ??= {};
  holder.__zod_globalConfig.jitless = true;
}
