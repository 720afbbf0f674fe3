// Runs once when the server starts: a missing or wrong setting stops the start with a message naming it,
// instead of surfacing later as a failed sign-in.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { checkConfigOrExit } = await import('./lib/server/config/check-at-start');
    checkConfigOrExit();
  }
}
