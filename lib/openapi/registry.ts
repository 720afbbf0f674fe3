import type { ApiOperation } from './route-types';
import { clusterRoutes } from './routes/clusters';
import { connectRoutes } from './routes/connect';
import { crossClusterApiKeyRoutes } from './routes/cross-cluster-api-keys';
import { migrationRoutes } from './routes/migration';
import { remoteClusterRoutes } from './routes/remote-clusters';
import { roleRoutes } from './routes/roles';

/**
 * Every operation of app/api, in the document's order. To add a route: add an ApiOperation to the feature's file in
 * routes/ (or a new file listed here). tests/integration/openapi.test.ts fails for a route.ts method missing here.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  ...clusterRoutes,
  ...remoteClusterRoutes,
  ...crossClusterApiKeyRoutes,
  ...connectRoutes,
  ...roleRoutes,
  ...migrationRoutes,
];
