import type { FormItemRule, FormRules } from 'element-plus';
import { z } from 'zod';

type Trigger = 'blur' | 'change';

export interface ZodRulesOptions<Input> {
  /**
   * The value the schema judges, built from the form model (amount texts parsed
   * to fen, and so on). Called at each validation, so it always sees the model
   * as it is now.
   */
  value: () => Input;
  /**
   * The same schema with its cross-field rules (a `superRefine`, such as the
   * funding split adding up to the total). Its issues are reported on the prop
   * named by their path.
   */
  refined?: z.ZodType;
  /** When Element Plus validates a prop; `blur` unless named here. */
  triggers?: Partial<Record<string, Trigger | Trigger[]>>;
  /** Props the form fills in itself when left empty (no required mark for them). */
  optional?: readonly string[];
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function samePath(issuePath: readonly PropertyKey[], path: readonly string[]): boolean {
  return issuePath.length === path.length && issuePath.every((key, index) => String(key) === path[index]);
}

/** Whether the schema refuses an empty field (nothing, or an empty text). */
function isRequired(fieldSchema: z.ZodType): boolean {
  if (fieldSchema instanceof z.ZodObject) return false;
  return !fieldSchema.safeParse(undefined).success && !fieldSchema.safeParse('').success;
}

/**
 * Element Plus form rules from the zod object schema main enforces: one rule per
 * field (nested objects give `funding.superior`-style props and a rule for the
 * object itself), each validating the field's value with the field's own zod
 * schema, so the message shown is exactly the zod message. Cross-field rules
 * come from `refined`, validated on the whole value.
 */
export function zodRules<S extends z.ZodObject>(schema: S, options: ZodRulesOptions<z.input<S>>): FormRules {
  const rules: FormRules = {};

  const messageFor = (fieldSchema: z.ZodType, path: readonly string[]): string | null => {
    const whole = options.value();
    const own = fieldSchema.safeParse(valueAt(whole, path));
    if (!own.success) {
      // An object's inner issues belong to the inner props; here only its own.
      const issue = fieldSchema instanceof z.ZodObject ? own.error.issues.find((item) => item.path.length === 0) : own.error.issues[0];
      if (issue) return issue.message;
    }
    if (options.refined) {
      const all = options.refined.safeParse(whole);
      const issue = all.success ? undefined : all.error.issues.find((item) => samePath(item.path, path));
      if (issue) return issue.message;
    }
    return null;
  };

  const walk = (shape: z.ZodRawShape, prefix: readonly string[]) => {
    for (const [key, fieldSchema] of Object.entries(shape)) {
      const path = [...prefix, key];
      const prop = path.join('.');
      if (fieldSchema instanceof z.ZodObject) walk(fieldSchema.shape, path);
      const rule: FormItemRule = {
        // The asterisk: a field its schema refuses when left empty. The check itself is the validator's.
        required: !options.optional?.includes(prop) && isRequired(fieldSchema as z.ZodType),
        trigger: options.triggers?.[prop] ?? 'blur',
        validator: (_rule, _value, callback) => {
          const message = messageFor(fieldSchema as z.ZodType, path);
          if (message) callback(new Error(message));
          else callback();
        },
      };
      rules[prop] = [rule];
    }
  };

  walk(schema.shape, []);
  return rules;
}

/** The props `zodRules` makes for a schema (for tests and for clearing errors). */
export function zodProps(schema: z.ZodObject, prefix: readonly string[] = []): string[] {
  return Object.entries(schema.shape).flatMap(([key, fieldSchema]) => {
    const path = [...prefix, key];
    const inner = fieldSchema instanceof z.ZodObject ? zodProps(fieldSchema, path) : [];
    return [...inner, path.join('.')];
  });
}
