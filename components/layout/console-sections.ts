/** The console's sections, in navigation order. */
export const CONSOLE_SECTIONS = [
  { path: '/remote-clusters', title: 'Remote clusters', testSubj: 'consoleNavRemoteClusters' },
  { path: '/roles', title: 'Roles', testSubj: 'consoleNavRoles' },
  { path: '/users', title: 'Users', testSubj: 'consoleNavUsers' },
  { path: '/api-keys', title: 'API keys', testSubj: 'consoleNavApiKeys' },
  { path: '/api-docs', title: 'REST API', testSubj: 'consoleNavApiDocs' },
] as const;
