import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { Dispatch } from '../rpc/dispatch';
import { resolvePathInputs } from './paths';

export const TOKEN_HEADER = 'x-govit-token';
/** A 20 MB ledger (excel.previewLedger) arrives as ~27 MB of base64. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A body past the limit is read on and dropped, so the caller gets the 413 instead of a reset connection; past this it is cut off. */
const MAX_DRAINED_BYTES = 4 * MAX_BODY_BYTES;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** The same policy the desktop window has: nothing from outside, scripts only from here. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface WebBridge {
  url: string;
  /** The address to open in a browser: the URL with the run's token. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebBridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets); omit to serve the contract only. */
  staticDir?: string;
  /** The office's data folder: relative file paths in calls are taken inside it (see paths.ts). */
  dataDir: string;
  port?: number;
  token?: string;
}

function sameToken(given: string | undefined, expected: Buffer): boolean {
  if (!given) return false;
  const buffer = Buffer.from(given);
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

function send(response: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

const error = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } });
const tooLarge = () => error('validation', `请求内容超过 ${MAX_BODY_BYTES / 1024 / 1024} MB 上限，未处理。附件请压缩或分册后再上传。`);

/** The body, or null when it passed MAX_BODY_BYTES (it is then read to the end and dropped, up to MAX_DRAINED_BYTES). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) {
        request.destroy();
        return resolve(null);
      }
      if (size > MAX_BODY_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** decodeURIComponent, or null for a malformed percent-encoding (`%E4%B8`, `%zz`). */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function serveStatic(staticDir: string, pathname: string, response: ServerResponse): void {
  const decoded = decodePath(pathname);
  if (decoded === null) return send(response, 400, '请求地址的百分号编码无效。', 'text/plain; charset=utf-8');
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(staticDir, relative);
  if (!file.startsWith(staticDir + sep) && file !== staticDir) return send(response, 403, '{}');
  // Single-page app: unknown paths get index.html, the router takes over.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
  if (!existsSync(file)) return send(response, 404, '界面尚未构建：请先运行 npm run build:renderer', 'text/plain; charset=utf-8');
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
  });
  createReadStream(file).pipe(response);
}

/**
 * Serves the contract (and the built renderer) on 127.0.0.1 only, at a random
 * port, for this run's token only. It lets the real renderer run against the
 * real services in a browser — for development and for the E2E tests, since no
 * Electron binary can be downloaded on the build machines.
 */
export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const expected = Buffer.from(token);
  let allowedHosts: Set<string> = new Set();

  const server = createServer(async (request, response) => {
    try {
      // A page elsewhere that resolves a name to 127.0.0.1 (DNS rebinding) gets nothing.
      if (!allowedHosts.has(request.headers.host ?? '')) return send(response, 403, '{"error":"host"}');
      const url = new URL(request.url ?? '/', `http://${request.headers.host}`);

      if (url.pathname.startsWith('/rpc/')) {
        if (request.method !== 'POST') return send(response, 405, '{"error":"method"}');
        const origin = request.headers.origin;
        if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) return send(response, 403, '{"error":"origin"}');
        if (!sameToken(request.headers[TOKEN_HEADER] as string | undefined, expected)) {
          return send(response, 401, error('forbidden', '访问令牌无效：请使用启动时显示的完整地址打开。'));
        }
        const method = decodePath(url.pathname.slice('/rpc/'.length));
        if (method === null) return send(response, 400, error('validation', '请求地址的百分号编码无效。'));
        if (Number(request.headers['content-length'] ?? 0) > MAX_DRAINED_BYTES) {
          response.setHeader('connection', 'close');
          return send(response, 413, tooLarge());
        }
        const body = await readBody(request);
        if (body === null) return send(response, 413, tooLarge());
        let input: unknown;
        try {
          input = body ? JSON.parse(body) : {};
        } catch {
          return send(response, 400, error('validation', '请求内容不是有效的 JSON。'));
        }
        try {
          input = resolvePathInputs(method, input, options.dataDir);
        } catch (refused) {
          if (refused instanceof AppError) return send(response, 409, JSON.stringify({ ok: false, error: refused.toData() }));
          throw refused;
        }
        const envelope = await options.dispatch(method, input);
        return send(response, 200, JSON.stringify(envelope));
      }

      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, '{}');
      if (!options.staticDir) return send(response, 404, '{}');
      return serveStatic(options.staticDir, url.pathname, response);
    } catch (thrown) {
      send(response, 500, error('internal', String(thrown)));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openUrl: `${url}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
