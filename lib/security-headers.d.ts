// Types for lib/security-headers.js (CommonJS, loaded by next.config.js before TypeScript runs).
export interface HeaderEntry {
  key: string;
  value: string;
}

export interface RuntimeSecurityOptions {
  nonce: string;
  /** Origins allowed to frame the console besides itself. */
  frameAncestors: string[];
  https: boolean;
  development: boolean;
}

export function securityHeaders(): HeaderEntry[];
export function contentSecurityPolicy(options: RuntimeSecurityOptions): string;
export function runtimeSecurityHeaders(options: RuntimeSecurityOptions): HeaderEntry[];
