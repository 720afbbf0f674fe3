// @ts-check
const { securityHeaders } = require('./lib/security-headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // EUI documents React StrictMode as unsupported (double effects break its focus traps and popovers).
  reactStrictMode: false,
  poweredByHeader: false,
  // The console is run with `next start`; a standalone bundle would hide the config check's messages.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
