import type { Handlers } from '../../../shared/contract';
import type { dashboardMethods } from '../../../shared/contract/dashboard';
import type { FeatureDeps } from '../feature-deps';
import { createDashboardService } from './summary';

type DashboardMethod = keyof typeof dashboardMethods;

/** The contract's dashboard.* methods. */
export function dashboardHandlers(deps: FeatureDeps): Pick<Handlers, DashboardMethod> {
  const dashboard = createDashboardService(deps);
  return {
    'dashboard.summary': (input) => dashboard.summary(input),
  };
}
