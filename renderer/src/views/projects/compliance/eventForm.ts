import type { FormItemRule, FormRules } from 'element-plus';
import type { z } from 'zod';
import { fenToWanYuan, wanYuanToFen } from '../../../../../shared/domain/money';
import { CONTRACT_CLAUSES, lifecycleEventSchema, type EventKind, type LifecycleEvent, type LifecycleEventInput } from '../../../../../shared/domain/lifecycle-events';
import { zodRules } from '../../../composables/zodRules';
import { i18n } from '../../../i18n';
import { enumLabel, type Vocabulary } from '../../../utils/labels';

/**
 * The 记录事件 form: which widget each kind-specific field of
 * lifecycleEventSchema takes, the flat model the dialog edits, the event it
 * submits, and the form rules (the kind's own zod schema, as main enforces it).
 */

type Widget = 'select' | 'checkboxes' | 'money' | 'year' | 'passed' | 'yesNo' | 'day' | 'text' | 'textarea';

interface FieldSpec {
  widget: Widget;
  /** The vocabulary of a select or a checkbox group. */
  vocabulary?: Vocabulary;
}

const FIELD_SPECS: Record<string, FieldSpec> = {
  forYear: { widget: 'year' },
  year: { widget: 'year' },
  review: { widget: 'select', vocabulary: 'reviewKind' },
  outcome: { widget: 'select', vocabulary: 'reviewOutcome' },
  documentNo: { widget: 'text' },
  approvedAmountFen: { widget: 'money' },
  amountFen: { widget: 'money' },
  adjustmentFen: { widget: 'money' },
  totalAfterFen: { widget: 'money' },
  clauses: { widget: 'checkboxes', vocabulary: 'contractClause' },
  approvals: { widget: 'checkboxes', vocabulary: 'changeApproval' },
  reason: { widget: 'select', vocabulary: 'changeReason' },
  passed: { widget: 'passed' },
  goalsUnchanged: { widget: 'yesNo' },
  plannedAcceptanceDate: { widget: 'day' },
  changeId: { widget: 'text' },
  summary: { widget: 'textarea' },
};

/** Fields every kind has; the dialog places them itself. */
const COMMON_FIELDS = new Set(['kind', 'date', 'note']);

/** Where a widget keeps its value in the model: texts (and 万元 texts), years, lists, yes/no. */
type Slot = 'text' | 'years' | 'lists' | 'flags';

/**
 * What the dialog edits. Kind-specific values sit in one record per value
 * type, keyed as the schema's fields, so each widget binds a typed value.
 */
export interface EventFormModel {
  kind: EventKind | '';
  date: string;
  note: string;
  text: Record<string, string>;
  years: Record<string, number | null>;
  lists: Record<string, string[]>;
  flags: Record<string, boolean | undefined>;
}

function slotOf(widget: Widget): Slot {
  switch (widget) {
    case 'year':
      return 'years';
    case 'checkboxes':
      return 'lists';
    case 'passed':
    case 'yesNo':
      return 'flags';
    default:
      return 'text';
  }
}

export interface EventField {
  key: string;
  /** The form prop: `text.changeId`, `flags.passed`, … */
  prop: string;
  slot: Slot;
  widget: Widget;
  vocabulary?: Vocabulary;
  /** Whether the schema refuses the field left empty. */
  required: boolean;
}

type EventSchema = z.ZodObject;

const SCHEMAS = new Map<string, EventSchema>(
  lifecycleEventSchema.options.map((option) => [String(option.shape.kind.value), option as unknown as EventSchema]),
);

export function eventSchema(kind: EventKind): EventSchema {
  const schema = SCHEMAS.get(kind);
  if (!schema) throw new Error(`no schema for event kind ${kind}`);
  return schema;
}

function isRequired(schema: z.ZodType, widget: Widget): boolean {
  if (widget === 'checkboxes') return !schema.safeParse([]).success;
  return !schema.safeParse(undefined).success;
}

/** The kind-specific fields, in the schema's order. A field this form does not know is a plain text box. */
export function eventFields(kind: EventKind): EventField[] {
  const shape = eventSchema(kind).shape;
  return Object.keys(shape)
    .filter((key) => !COMMON_FIELDS.has(key))
    .map((key) => {
      const spec = FIELD_SPECS[key] ?? { widget: 'text' as const };
      const slot = slotOf(spec.widget);
      return { key, prop: `${slot}.${key}`, slot, ...spec, required: isRequired(shape[key] as z.ZodType, spec.widget) };
    });
}

/** A blank model for every field any kind may show; years start at this year. */
export function blankEventModel(today: string): EventFormModel {
  const model: EventFormModel = { kind: '', date: today, note: '', text: {}, years: {}, lists: {}, flags: {} };
  const year = Number(today.slice(0, 4)) || new Date().getFullYear();
  for (const [key, spec] of Object.entries(FIELD_SPECS)) {
    const slot = slotOf(spec.widget);
    if (slot === 'years') model.years[key] = year;
    else if (slot === 'lists') model.lists[key] = [];
    else if (slot === 'flags') model.flags[key] = undefined;
    else model.text[key] = '';
  }
  return model;
}

function valueOf(model: EventFormModel, field: EventField): unknown {
  const value = model[field.slot][field.key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    return field.widget === 'money' ? (wanYuanToFen(value) ?? Number.NaN) : value;
  }
  return value;
}

/**
 * The event the form describes, in the contract's shape: empty boxes are
 * left out (the schema names the ones it needs), 万元 become fen, and a text
 * that is not an amount becomes NaN for the schema to refuse in its words.
 */
export function toEvent(model: EventFormModel): LifecycleEventInput {
  const kind = model.kind as EventKind;
  const event: Record<string, unknown> = { kind };
  if (model.date) event.date = model.date;
  if (model.note.trim()) event.note = model.note.trim();
  for (const field of eventFields(kind)) {
    const value = valueOf(model, field);
    if (value !== undefined) event[field.key] = value;
  }
  return event as unknown as LifecycleEventInput;
}

const RULE_TYPES = { text: 'string', years: 'number', lists: 'array', flags: 'boolean' } as const;

/**
 * Form rules for the kind: a plain "请选择…/请填写…" for a required field left
 * empty (zod's own message for a missing choice is not written for people),
 * then the field's zod rule.
 */
export function eventRules(kind: EventKind, value: () => LifecycleEventInput): FormRules {
  const { t } = i18n.global;
  const byKey = zodRules(eventSchema(kind), {
    value: value as () => z.input<EventSchema>,
    triggers: { date: 'change', kind: 'change' },
  });
  const rules: FormRules = { kind: byKey.kind ?? [], date: byKey.date ?? [], note: byKey.note ?? [] };
  for (const field of eventFields(kind)) {
    const own = (byKey[field.key] as FormItemRule[] | undefined) ?? [];
    const label = eventFieldLabel(field.key);
    const choice = ['select', 'checkboxes', 'passed', 'yesNo'].includes(field.widget);
    // zodRules marks any field whose schema refuses nothing; an empty list may be allowed (no clause ticked).
    if (!field.required) for (const rule of own) rule.required = false;
    if (field.required) {
      const first: FormItemRule = {
        required: true,
        type: RULE_TYPES[field.slot],
        message: t(choice ? 'compliance.events.choose' : 'compliance.events.fill', { label }),
        trigger: choice ? 'change' : 'blur',
      };
      own.unshift(first);
    }
    if (choice || field.widget === 'day') for (const rule of own) rule.trigger = 'change';
    rules[field.prop] = own;
  }
  return rules;
}

/** A field's label; a field added to the schema before this form knows it shows its key. */
export function eventFieldLabel(key: string): string {
  const path = `compliance.events.fields.${key}`;
  return i18n.global.te(path) ? i18n.global.t(path) : key;
}

/** One recorded event's own fields in words: 技术审查 · 通过 · 文号 淅审〔2026〕3号. */
export function eventDetails(event: LifecycleEvent): string[] {
  const { t } = i18n.global;
  const record = event as unknown as Record<string, unknown>;
  const details: string[] = [];
  for (const field of eventFields(event.kind)) {
    const value = record[field.key];
    if (value === undefined || value === null || value === '') continue;
    details.push(`${eventFieldLabel(field.key)}${t('common.colon')}${detailValue(field, value)}`);
  }
  return details;
}

function detailValue(field: EventField, value: unknown): string {
  const { t } = i18n.global;
  switch (field.widget) {
    case 'money':
      return typeof value === 'number' ? fenToWanYuan(value) : String(value);
    case 'passed':
      return value ? t('compliance.events.passed') : t('compliance.events.failed');
    case 'yesNo':
      return value ? t('compliance.events.yes') : t('compliance.events.no');
    case 'select':
      return field.vocabulary ? enumLabel(field.vocabulary, value as never) : String(value);
    case 'checkboxes': {
      const codes = Array.isArray(value) ? (value as string[]) : [];
      if (field.vocabulary === 'contractClause') return t('compliance.events.clausesCount', { count: codes.length, total: CONTRACT_CLAUSES.length });
      return field.vocabulary ? codes.map((code) => enumLabel(field.vocabulary!, code as never)).join('、') : codes.join('、');
    }
    default:
      return String(value);
  }
}
