import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '../../shared/contract';
import { METHOD_NAMES } from '../../shared/contract/methods';

/**
 * The preload exposes exactly the contract: one function per method, each a
 * single `invoke` on its own channel. Nothing else crosses: no ipcRenderer, no
 * Node. Main validates every input. Built as CommonJS, as a sandboxed preload must be.
 */
const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(`rpc:${method}`, input)]),
) as BridgeApi satisfies BridgeApi;

contextBridge.exposeInMainWorld('govit', api);
