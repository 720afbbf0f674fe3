// @ts-check
const { securityHeaders } = require('./lib/security-headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // EUI documents React StrictMode as unsupported (double effects break its focus traps and popovers).
  reactStrictMode: false,
  poweredByHeader: false,
  // EUI's optimized build: the same components without propTypes and other development-only code. Every import of
  // the package resolves there, so the icon cache and Emotion instance imported by path are the same modules.
  turbopack: { resolveAlias: { '@elastic/eui': '@elastic/eui/optimize/es' } },
  // Next would answer "/api/x/" (and so "/api/x/..", which it resolves to "/api/") with a bare 308; the proxy
  // answers those itself: the JSON error format for the API, a redirect for pages.
  skipTrailingSlashRedirect: true,
  // The console is run with `next start`; a standalone bundle would hide the config check's messages.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
