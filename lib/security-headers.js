// Headers sent with every response. Plain CommonJS because next.config.js loads it before TypeScript runs.
// Framing is allowed for the console itself only; configured portal origins come with the embedding work.

/** @returns {{ key: string, value: string }[]} */
function securityHeaders() {
  return [
    { key: 'Content-Security-Policy', value: "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'" },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

module.exports = { securityHeaders };
