import type { BridgeApi, MethodName } from '../../../shared/contract';
import type { Envelope } from '../../../shared/contract/errors';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser. */
    govit?: BridgeApi;
  }
}

export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'govit.bridgeToken';

/** The web bridge's token: from the address the bridge printed, then kept for the tab. */
function bridgeToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar and history.
    const clean = new URL(window.location.href);
    clean.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', clean.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** IPC through the preload inside Electron; HTTP to the loopback web bridge in a browser. */
export function createTransport(): Transport {
  const bridge = window.govit;
  if (bridge) return (method, input) => bridge[method](input);
  const token = bridgeToken();
  return async (method, input) => {
    const response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-govit-token': token },
      body: JSON.stringify(input ?? {}),
    });
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `无法连接后台服务（HTTP ${response.status}）` } };
    }
  };
}
