/**
 * The facts panel's form: the recorded facts as the form shows them, and back.
 * Pure, so the conversions (万元 ↔ fen, yes/no/not recorded) are tested here.
 */
import { fenToWanYuan, wanYuanToFen } from '../../domain/money';
import type { FactField } from './fact-fields';
import type { ComplianceFacts, ProjectAttributes } from './facts';

export interface Draft {
  attributes: ProjectAttributes;
  compliance: ComplianceFacts;
}

/** The inventory entry's fields, in the order 第二十八条 lists them; the `Fen` ones are money. */
export const INVENTORY_KEYS = [
  'systemName',
  'systemType',
  'basis',
  'approvalDepartment',
  'approvalDocumentNo',
  'investmentFen',
  'omCostFen',
  'fundingChannel',
  'resourceCatalogue',
  'sharingStatus',
  'protectionStatus',
  'performanceIndicators',
] as const;
export type InventoryKey = (typeof INVENTORY_KEYS)[number];
export const isMoneyKey = (key: string): boolean => key.endsWith('Fen');

/**
 * What the panel edits: every value as the form shows it, by fact key (money
 * in 万元 text, yes/no/not recorded as 'yes' | 'no' | ''). Built from the
 * stored facts; `applyForm` writes it back into a copy of them.
 */
export type FormValues = Record<string, string | boolean>;

function read(root: Draft, key: string): unknown {
  let value: unknown = root;
  for (const part of key.split('.')) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

function write(root: Draft, key: string, value: unknown): void {
  const parts = key.split('.');
  let target = root as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

export function formValues(fields: readonly FactField[], draft: Draft): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = read(draft, field.key);
    switch (field.input.kind) {
      case 'flag':
        values[field.key] = value === true;
        break;
      case 'tristate':
        values[field.key] = value === true ? 'yes' : value === false ? 'no' : '';
        break;
      case 'fen':
        values[field.key] = typeof value === 'number' ? fenToWanYuan(value) : '';
        break;
      case 'day':
      case 'text':
      case 'choice':
        values[field.key] = typeof value === 'string' ? value : '';
        break;
      case 'cloudContract': {
        const cloud = value as { contractEndsOn: string; renewed: boolean } | undefined;
        values[`${field.key}.contractEndsOn`] = cloud?.contractEndsOn ?? '';
        values[`${field.key}.renewed`] = cloud?.renewed ?? false;
        break;
      }
      case 'inventoryEntry': {
        const entry = (value ?? {}) as Record<string, string | number | undefined>;
        for (const key of INVENTORY_KEYS) {
          const part = entry[key];
          values[`${field.key}.${key}`] = typeof part === 'number' ? fenToWanYuan(part) : (part ?? '');
        }
        break;
      }
      default:
        break;
    }
  }
  return values;
}

/** The facts with the form's values written in, or the key of the first amount that is not one. */
export function applyForm(fields: readonly FactField[], stored: Draft, values: FormValues): { draft: Draft } | { badAmount: string } {
  // A plain copy: the stored facts may be a reactive proxy, which structuredClone refuses.
  const draft = JSON.parse(JSON.stringify({ attributes: stored.attributes, compliance: stored.compliance })) as Draft;
  const money = (key: string): number | undefined | null => {
    const text = String(values[key] ?? '').trim();
    return text === '' ? undefined : wanYuanToFen(text);
  };
  const text = (key: string): string | undefined => String(values[key] ?? '').trim() || undefined;
  for (const field of fields) {
    const key = field.key;
    switch (field.input.kind) {
      case 'flag':
        write(draft, key, values[key] === true);
        break;
      case 'tristate':
        write(draft, key, values[key] === 'yes' ? true : values[key] === 'no' ? false : undefined);
        break;
      case 'fen': {
        const fen = money(key);
        if (fen === null) return { badAmount: key };
        write(draft, key, fen);
        break;
      }
      case 'day':
      case 'text':
      case 'choice':
        write(draft, key, text(key));
        break;
      case 'cloudContract': {
        const endsOn = text(`${key}.contractEndsOn`);
        write(draft, key, endsOn ? { contractEndsOn: endsOn, renewed: values[`${key}.renewed`] === true } : undefined);
        break;
      }
      case 'inventoryEntry': {
        const entry: Record<string, string | number> = {};
        for (const part of INVENTORY_KEYS) {
          const value = isMoneyKey(part) ? money(`${key}.${part}`) : text(`${key}.${part}`);
          if (value === null) return { badAmount: `${key}.${part}` };
          if (value !== undefined) entry[part] = value;
        }
        write(draft, key, Object.keys(entry).length > 0 ? entry : undefined);
        break;
      }
      default:
        break;
    }
  }
  return { draft };
}
