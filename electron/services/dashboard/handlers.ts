import type { Handlers } from '../../../shared/contract';
import type { dashboardMethods } from '../../../shared/contract/dashboard';
import type { FeatureDeps } from '../feature-deps';

type DashboardMethod = keyof typeof dashboardMethods;

/** The contract's dashboard.* methods. */
export function dashboardHandlers(deps: FeatureDeps): Pick<Handlers, DashboardMethod> {
  void deps;
  return {};
}
