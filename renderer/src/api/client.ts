import { contract, type Api, type MethodName } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import { createTransport, type Transport } from './transport';

/**
 * The typed client: `api['project.create'](fields)` resolves to the project or
 * throws an AppError whose message is ready to show.
 */
export function createApi(transport: Transport = createTransport()): Api {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const method of Object.keys(contract) as MethodName[]) {
    api[method] = async (input: unknown) => {
      const envelope = await transport(method, input);
      if (!envelope.ok) throw AppError.fromData(envelope.error);
      return envelope.value;
    };
  }
  return api as unknown as Api;
}

export const api = createApi();
