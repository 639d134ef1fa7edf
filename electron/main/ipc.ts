import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../shared/contract/methods';
import type { Dispatch } from '../rpc/dispatch';

/**
 * One handler per contract method. A call is served only when it comes from
 * our own window's top frame at our own page; anything else is refused.
 */
export function registerContract(dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`rpc:${method}`, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的调用。' } };
      }
      return dispatch(method, input);
    });
  }
}
