import type { z } from 'zod';
import type { Envelope } from './errors';
import type { MethodNameList } from './methods';
import { dashboardMethods } from './dashboard';
import { documentsMethods } from './documents';
import { excelMethods } from './excel';
import { exchangeMethods } from './exchange';
import { factsMethods } from './facts';
import { filingMethods } from './filing';
import { jobsMethods } from './jobs';
import { projectMethods } from './project';
import { rulesMethods } from './rules';
import { shellMethods } from './shell';
import { systemMethods } from './system';

/**
 * The renderer ↔ main contract: every method declared once, named
 * `domain.verb`, with a zod schema for its input and its output. Main (IPC),
 * the preload and the web bridge all serve exactly this map.
 */
export const contract = {
  ...systemMethods,
  ...projectMethods,
  ...factsMethods,
  ...rulesMethods,
  ...documentsMethods,
  ...exchangeMethods,
  ...filingMethods,
  ...shellMethods,
  ...jobsMethods,
  ...excelMethods,
  ...dashboardMethods,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What main implements: parsed input in, output (or its promise) out. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** What the renderer calls. */
export type Api = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/** What the preload exposes: untyped input (main validates it), an envelope back. */
export type BridgeApi = {
  [M in MethodName]: (input: unknown) => Promise<Envelope<unknown>>;
};

// The preload's name list and the contract must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<MethodName, MethodNameList> = true;
void namesMatch;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
