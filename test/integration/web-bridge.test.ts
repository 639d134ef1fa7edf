import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/rpc/dispatch';
import type { Services } from '../../electron/services';
import { contract } from '../../shared/contract';
import { READ_FILE_INPUTS, WRITTEN_FILE_INPUTS } from '../../electron/web-bridge/paths';
import { MAX_BODY_BYTES, startWebBridge, TOKEN_HEADER, type WebBridge } from '../../electron/web-bridge/server';
import { pair, PASSPHRASE } from '../support/exchange';
import { openServices, sampleProject, tempDataDir, testOffice } from '../support/services';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let bridge: WebBridge;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  bridge = await startWebBridge({ dispatch: createDispatcher(services.handlers, () => {}), dataDir: data.dir });
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

/** A raw request, to send what fetch would refuse to (a bad percent-encoding) or to see exactly what comes back. */
function raw(path: string, body: string | Buffer, headers: Record<string, string | number> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path, method: 'POST', headers: { [TOKEN_HEADER]: bridge.token, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the bridge\'s bad requests', () => {
  it('answers a malformed percent-encoding with 400 and a message, not a 500', async () => {
    for (const path of ['/rpc/setup.get%E4%B8', '/rpc/%zz']) {
      const response = await raw(path, '{}');
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'validation', message: '请求地址的百分号编码无效。' } });
    }
  });

  it('answers an oversized body with 413 and a message, not a reset connection, and writes nothing', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const response = await raw('/rpc/setup.complete', body, { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('请求内容超过 32 MB 上限') } });
    expect(services.office.getOffice()).toBeNull();
    // Sent in chunks without a declared length, too.
    const chunked = await fetch(`${bridge.url}/rpc/setup.complete`, {
      method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, duplex: 'half',
      body: new ReadableStream({ start(controller) { for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(1024 * 1024)); controller.close(); } }),
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // And the bridge still answers.
    expect((await post('/rpc/setup.get', {}, { [TOKEN_HEADER]: bridge.token })).status).toBe(200);
  });
});

describe('file paths sent to the bridge', () => {
  it('every contract input named `file` is a path the bridge resolves', () => {
    const withFile = Object.entries(contract).filter(([, spec]) => 'shape' in spec.input && 'file' in (spec.input as unknown as { shape: object }).shape).map(([method]) => method);
    expect(withFile.length).toBeGreaterThanOrEqual(5);
    expect(withFile.filter((method) => !(method in WRITTEN_FILE_INPUTS) && !(method in READ_FILE_INPUTS))).toEqual([]);
  });

  it('takes a relative path inside the data folder, not the folder the bridge runs in', async () => {
    const response = await post('/rpc/bundle.verify', { file: 'inbox/报送.gvbundle' }, { [TOKEN_HEADER]: bridge.token });
    const envelope = (await response.json()) as { ok: boolean; error: { message: string } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.message).toContain(join(data.dir, 'inbox', '报送.gvbundle'));
  });

  it('never overwrites an existing file: a write to it is refused with a Chinese message and the file is unchanged', async () => {
    writeFileSync(join(data.dir, '已有.gvbundle'), '原有内容');
    for (const [method, input] of [
      ['filing.submit', { projectIds: ['0190a1b2-0000-7000-8000-000000000001'], passphrase: 'x', file: '已有.gvbundle' }],
      ['review.send', { unitCode: 'ABCDEF', passphrase: 'x', file: join(data.dir, '已有.gvbundle') }],
      ['bundle.acknowledge', { digest: 'a'.repeat(64), passphrase: 'x', file: '已有.gvbundle' }],
    ] as const) {
      const response = await post(`/rpc/${method}`, input, { [TOKEN_HEADER]: bridge.token });
      expect(response.status, method).toBe(409);
      expect(await response.json(), method).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/已存在，为免覆盖已有文件，未写入/), issues: [{ path: 'file', message: '文件已存在' }] } });
    }
    expect(readFileSync(join(data.dir, '已有.gvbundle'), 'utf8')).toBe('原有内容');
  });

  it('a filing sent through the bridge to a relative path is written inside the data folder', async () => {
    const offices = await pair();
    const unitBridge = await startWebBridge({ dispatch: createDispatcher(offices.unit.services.handlers, () => {}), dataDir: offices.unit.dir });
    try {
      const project = offices.unit.services.projects.create(sampleProject());
      mkdirSync(join(offices.unit.dir, '发出'));
      const call = async (method: string, input: unknown) =>
        (await (await fetch(`${unitBridge.url}/rpc/${method}`, { method: 'POST', headers: { [TOKEN_HEADER]: unitBridge.token }, body: JSON.stringify(input) })).json()) as { ok: boolean; value: Record<string, unknown> };
      const started = await call('filing.submit', { projectIds: [project.id], passphrase: PASSPHRASE, file: '发出/报送.gvbundle' });
      expect(started.ok).toBe(true);
      let status: Record<string, unknown> = {};
      for (let tries = 0; tries < 200 && !['done', 'failed'].includes(String(status.state)); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = (await call('jobs.status', { jobId: started.value.jobId })).value;
      }
      expect(status).toMatchObject({ state: 'done', result: { file: join(offices.unit.dir, '发出', '报送.gvbundle') } });
      expect(existsSync(join(offices.unit.dir, '发出', '报送.gvbundle'))).toBe(true);
      expect(existsSync(join(process.cwd(), '发出'))).toBe(false);
    } finally {
      await unitBridge.close();
      offices.close();
    }
  });
});
