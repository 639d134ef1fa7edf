import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/rpc/dispatch';
import type { Services } from '../../electron/services';
import { startWebBridge, TOKEN_HEADER, type WebBridge } from '../../electron/web-bridge/server';
import { openServices, tempDataDir, testOffice } from '../support/services';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let bridge: WebBridge;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  bridge = await startWebBridge({ dispatch: createDispatcher(services.handlers, () => {}) });
});
afterEach(async () => {
  await bridge.close();
  services.close();
  data.cleanup();
});

const post = (path: string, body: unknown, headers: Record<string, string>) =>
  fetch(`${bridge.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the loopback web bridge', () => {
  it('listens on 127.0.0.1 at a random port', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.port).toBeGreaterThan(0);
  });

  it('serves the contract to a caller with the run token', async () => {
    const response = await post('/rpc/setup.complete', testOffice, { [TOKEN_HEADER]: bridge.token });
    expect(await response.json()).toEqual({ ok: true, value: testOffice });
  });

  it('refuses a caller without the token, and writes nothing', async () => {
    const response = await post('/rpc/setup.complete', testOffice, { [TOKEN_HEADER]: 'wrong' });
    expect(response.status).toBe(401);
    expect(services.office.getOffice()).toBeNull();
  });

  it('refuses another origin and another Host (DNS rebinding)', async () => {
    const fromElsewhere = await post('/rpc/setup.get', {}, { [TOKEN_HEADER]: bridge.token, origin: 'http://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: bridge.port, path: '/rpc/setup.get', method: 'POST', headers: { host: 'evil.example', [TOKEN_HEADER]: bridge.token } }, (res) => resolve(res.statusCode ?? 0));
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers invalid JSON with a clear message', async () => {
    const response = await fetch(`${bridge.url}/rpc/setup.get`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: '{oops' });
    expect(await response.json()).toMatchObject({ ok: false, error: { message: '请求内容不是有效的 JSON。' } });
  });
});
