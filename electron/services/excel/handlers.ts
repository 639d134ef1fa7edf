import type { Handlers } from '../../../shared/contract';
import type { excelMethods } from '../../../shared/contract/excel';
import type { FeatureDeps } from '../feature-deps';

type ExcelMethod = keyof typeof excelMethods;

/** The contract's excel.* methods. */
export function excelHandlers(deps: FeatureDeps): Pick<Handlers, ExcelMethod> {
  void deps;
  return {};
}
