import type { z } from 'zod';
import { PAYLOAD_ENTRY } from '../../shared/exchange/entry-names';
import type { BundleLimits } from '../../shared/exchange/limits';
import { bundleManifestSchema, PAYLOAD_TYPES, type PayloadType } from '../../shared/exchange/manifest';
import { PAYLOAD_SCHEMAS, type AnyPayload } from '../../shared/exchange/payloads';
import { createSm4Ctr } from '../services/exchange/sm4';
import { refuse } from '../../shared/exchange/refusals';
import { capsFor, openBundle } from '../services/exchange/bundle-reader';
import { sm3Hex } from '../services/exchange/sm3';
import { streamEntry } from '../services/exchange/zip/entry-stream';
import { METHOD_STORED } from '../services/exchange/zip/layout';

/**
 * What a bundle says about itself, read without trusting it: the ZIP
 * structure is checked as for an import (names, links, sizes, compression
 * ratio: a hostile file is refused, never unpacked), but the signature is not
 * required to verify, so everything shown is only the sender's claim.
 */
export interface Inspection {
  file: string;
  bytes: number;
  /** SM3 of manifest.json: the bundle's digest (what the other office recorded when it sent it). */
  digest: string;
  /** The entries in the ZIP, manifest.json and manifest.sig included. */
  zipEntries: { name: string; size: number; packedSize: number; method: 'stored' | 'deflate' }[];
  manifest: unknown;
  manifestProblem: string | null;
  payload: { type: PayloadType | null; valid: boolean; problem: string | null; summary: unknown };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.length ? `${issue.path.join('.')}：` : ''}${issue.message}${error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : ''}`;
}

function parseJson(bytes: Buffer): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(utf8.decode(bytes)) };
  } catch (error) {
    return { problem: error instanceof TypeError ? '不是有效的 UTF-8 文本' : `不是有效的 JSON（${(error as Error).message}）` };
  }
}

/** A short account of the payload: who and what, without the full facts and history. */
export function payloadSummary(payload: AnyPayload): unknown {
  switch (payload.type) {
    case 'filing':
      return {
        unit: payload.payload.unit,
        regulation: payload.payload.regulation,
        note: payload.payload.note ?? null,
        historyHead: payload.payload.historyHead ?? null,
        projects: payload.payload.projects.map((project) => ({
          projectId: project.facts.project.id,
          name: project.facts.project.name,
          filingVersion: project.filing.version,
          filedAt: project.filing.filedAt,
          plannedYear: project.facts.project.plannedYear,
          totalInvestmentFen: project.facts.project.totalInvestmentFen,
          historyEntries: project.history.length,
          attachments: project.attachments.map((attachment) => ({ entry: attachment.entry, fileName: attachment.fileName })),
        })),
      };
    case 'reviewDecision':
      return {
        decisions: payload.payload.decisions.map((decision) => ({
          projectId: decision.projectId,
          projectName: decision.projectName,
          filingVersion: decision.filingVersion,
          decision: decision.decision,
          outcome: decision.outcome ?? null,
          date: decision.date,
          documentNo: decision.documentNo ?? null,
          approvedAmountFen: decision.approvedAmountFen ?? null,
          reviewer: decision.reviewer,
          citations: decision.citations,
          opinions: decision.opinions.length,
        })),
      };
    case 'policyUpdate':
      return {
        regulation: payload.payload.regulation,
        documentNo: payload.payload.documentNo ?? null,
        parameters: payload.payload.parameters.map((parameter) => ({ id: parameter.id, values: parameter.values.length })),
        calendar: payload.payload.calendar ? { version: payload.payload.calendar.version, source: payload.payload.calendar.source, years: Object.keys(payload.payload.calendar.years) } : null,
        attachments: payload.payload.attachments.length,
      };
    case 'acknowledgement':
      return payload.payload;
  }
}

/** `contentKey`: an encrypted bundle's SM4 key (from a verification with the passphrase), to read its payload. */
export async function inspectBundle(file: string, limits: BundleLimits, contentKey: Buffer | null = null): Promise<Inspection> {
  const opened = await openBundle(file, limits);
  try {
    const zipEntries = [...opened.entries.values()].map((entry) => ({
      name: entry.name, size: entry.size, packedSize: entry.packedSize, method: entry.method === METHOD_STORED ? ('stored' as const) : ('deflate' as const),
    }));
    const parsedManifest = parseJson(opened.manifestBytes);
    if ('problem' in parsedManifest) refuse('manifestNotJson', `manifest.json ${parsedManifest.problem}，无法查看。`);
    const manifest = bundleManifestSchema.safeParse(parsedManifest.value);
    const declaredType = (parsedManifest.value as { payloadType?: unknown } | null)?.payloadType;
    const type = (PAYLOAD_TYPES as readonly unknown[]).includes(declaredType) ? (declaredType as PayloadType) : null;

    const payload: Inspection['payload'] = { type, valid: false, problem: null, summary: null };
    const zipped = opened.entries.get(PAYLOAD_ENTRY);
    if (!zipped) {
      payload.problem = '数据包中没有 payload.json。';
    } else if (zipped.size > limits.maxPayloadJsonBytes) {
      payload.problem = `payload.json 声明 ${zipped.size} 字节，超过上限 ${limits.maxPayloadJsonBytes} 字节，未读取。`;
    } else {
      // Read under the same caps as the import: the size the ZIP declares, the compression ratio.
      const read = await streamEntry(opened.handle, zipped, capsFor(limits, zipped.size, opened.total), null, true);
      const iv = manifest.success && manifest.data.encryption ? manifest.data.entries.find((entry) => entry.name === PAYLOAD_ENTRY)?.iv : undefined;
      const parsed = iv && contentKey ? parseJson(createSm4Ctr(contentKey, Buffer.from(iv, 'hex')).update(read.bytes!)) : parseJson(read.bytes!);
      if (iv && !contentKey) payload.problem = '内容已加密给接收方：在接收方的数据目录中给出私钥口令（--passphrase-file 或 GOVIT_PASSPHRASE），验证通过后才显示。';
      else if ('problem' in parsed) payload.problem = `payload.json ${parsed.problem}。`;
      else if (!type) payload.problem = '清单没有写明有效的数据类型（payloadType），无法解读 payload.json。';
      else {
        const checked = PAYLOAD_SCHEMAS[type].safeParse(parsed.value);
        if (checked.success) Object.assign(payload, { valid: true, summary: payloadSummary({ type, payload: checked.data } as AnyPayload) });
        else payload.problem = `payload.json 不符合格式：${firstIssue(checked.error)}`;
      }
    }
    return {
      file,
      bytes: opened.bytes,
      digest: sm3Hex(opened.manifestBytes),
      zipEntries,
      manifest: manifest.success ? manifest.data : parsedManifest.value,
      manifestProblem: manifest.success ? null : `manifest.json 不符合格式：${firstIssue(manifest.error)}`,
      payload,
    };
  } finally {
    await opened.close();
  }
}
