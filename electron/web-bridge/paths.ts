import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { MethodName } from '../../shared/contract';

/**
 * File paths a browser sends the bridge. In the desktop app a path comes from
 * the system's open or save dialog (absolute, and the dialog asks before
 * replacing a file); a browser has no such dialog, so the bridge does both:
 *
 * - a relative path is taken inside the data folder, never against the
 *   folder the bridge was started from;
 * - a file to be written must not exist yet (nor its `.partial`): nothing
 *   the office already has is replaced.
 */
export const WRITTEN_FILE_INPUTS: Partial<Record<MethodName, readonly string[]>> = {
  'filing.submit': ['file'],
  'review.send': ['file'],
  'bundle.acknowledge': ['file'],
};
export const READ_FILE_INPUTS: Partial<Record<MethodName, readonly string[]>> = {
  'bundle.verify': ['file'],
  'bundle.import': ['file'],
};

export function resolvePathInputs(method: string, input: unknown, dataDir: string): unknown {
  const written = WRITTEN_FILE_INPUTS[method as MethodName] ?? [];
  const read = READ_FILE_INPUTS[method as MethodName] ?? [];
  if ((written.length === 0 && read.length === 0) || input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const resolved: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const field of [...written, ...read]) {
    const path = resolved[field];
    // Anything but a non-empty string is left to the contract's schema, which names the problem.
    if (typeof path !== 'string' || path.trim() === '') continue;
    const target = isAbsolute(path) ? resolve(path) : resolve(dataDir, path);
    if (written.includes(field) && (existsSync(target) || existsSync(`${target}.partial`))) {
      throw new AppError('conflict', `文件“${target}”已存在，为免覆盖已有文件，未写入。请换一个文件名，或不指定文件（程序会在发件文件夹中另起新名）。`, [{ path: field, message: '文件已存在' }]);
    }
    resolved[field] = target;
  }
  return resolved;
}
