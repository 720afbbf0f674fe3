// Headers sent with every response. Plain CommonJS because next.config.js loads it before TypeScript runs.
// Two kinds: those that never change (next.config.js sends them, fixed at build time), and those that depend on
// the running configuration or on the request (proxy.ts sends them: the CSP with its per-request nonce and the
// configured portal origins, X-Frame-Options, HSTS), because next.config.js headers are frozen at build time.

/** @returns {{ key: string, value: string }[]} */
function securityHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/**
 * The Content-Security-Policy of every response.
 * - Scripts: only those carrying this response's nonce (Next puts it on its own tags), and what they load
 *   ('strict-dynamic'); no 'unsafe-eval' except under `next dev`, where React needs it.
 * - Style elements: only with the nonce (EUI's Emotion caches are given it). Style attributes stay allowed
 *   (style-src-attr 'unsafe-inline'): EUI and React render `style="..."` in the server HTML, and a nonce cannot
 *   cover an attribute. An attribute cannot run script, so this is the smallest opening that works.
 * - frame-ancestors: the console itself and the configured portal origins, nothing else.
 * @param {{ nonce: string, frameAncestors: string[], https: boolean, development: boolean }} options
 * @returns {string}
 */
function contentSecurityPolicy({ nonce, frameAncestors, https, development }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Next's development server injects unnonced style tags for hot reloading.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * The headers that depend on the configuration: the CSP; X-Frame-Options SAMEORIGIN only while no portal may frame
 * the console (it cannot name a list of origins, and browsers apply it on top of frame-ancestors); HSTS only when
 * the console is served over https (NEXTAUTH_URL), since over plain http it would be ignored or wrong.
 * @param {{ nonce: string, frameAncestors: string[], https: boolean, development: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
function runtimeSecurityHeaders(options) {
  const headers = [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(options) }];
  if (options.frameAncestors.length === 0) headers.push({ key: 'X-Frame-Options', value: 'SAMEORIGIN' });
  if (options.https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' });
  return headers;
}

module.exports = { securityHeaders, contentSecurityPolicy, runtimeSecurityHeaders };
