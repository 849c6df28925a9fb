import { z } from 'zod';
import { AppError } from '../../db/errors';
import {
  countConflicts,
  deleteDuplicate,
  keepBothDuplicates,
  listConflicts,
  mergeDuplicate,
  openItem,
  settleDeleted,
  settleField,
  type ConflictItem,
} from '../../db/repo/conflicts';
import { FIELDS_OF, type ConflictInput, type EntityName, type Output } from '../contract';
import { writeContext, type HandlerContext, type HandlerMap } from './context';
import { validationError } from './errors';

// The conflicts inbox: the items with how each may be typed, and the resolutions, each checked
// (the item still open and as the officer saw it, the value valid for its field) and written as
// one ordinary change.

type Def = { type: string; innerType?: z.ZodType; format?: string };
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** The schema of a field, without optional/nullable/default around it. */
function bare(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let d = defOf(s); (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType; d = defOf(s)) s = d.innerType;
  return s;
}

function fieldSchema(entity: EntityName, field: string): z.ZodType | undefined {
  const shape = FIELDS_OF[entity]?.shape as Record<string, z.ZodType> | undefined;
  return shape?.[field];
}

/** How a field's value may be typed: a line, several lines, a date, a number; null for the rest (lists, choices, records). */
function inputOf(entity: EntityName, field: string): ConflictInput | null {
  const schema = fieldSchema(entity, field);
  if (!schema) return null;
  const s = bare(schema);
  const d = defOf(s);
  if (d.type === 'number') return 'number';
  if (d.type !== 'string') return null;
  if (d.format === 'date') return 'date';
  if (d.format) return null; // an id
  const checks = (d as Def & { checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }> }).checks ?? [];
  const max = Math.max(0, ...checks.map((c) => (c._zod.def.check === 'max_length' ? (c._zod.def.maximum ?? 0) : 0)));
  return max >= 1000 ? 'lines' : 'text';
}

/** A field whose name means something else on this kind of record ("position": a member's title, Viet Nam's position on an agenda item). */
const LABEL_OF: Record<string, string> = { 'agenda_item.position': 'agendaPosition' };

function describe(item: ConflictItem): Output<'conflicts.open'>[number] {
  const entity = item.record.entity;
  let input: ConflictInput | null = null;
  if (item.kind === 'field') {
    const kinds = item.fields.map((f) => inputOf(entity, f));
    input = kinds.length === 2 ? (kinds.every((k) => k === 'date') ? 'dates' : null) : (kinds[0] ?? null);
  }
  const joinable = (input === 'text' || input === 'lines') && item.sides.filter((s) => typeof s.value === 'string' && s.value.trim() !== '').length > 1;
  return { ...item, labelKey: item.register ? `conflicts.fields.${LABEL_OF[`${entity}.${item.register}`] ?? item.register}` : null, input, joinable };
}

/** A value for the register, checked as the record's update would check it. */
function checked(item: ConflictItem, value: unknown): unknown {
  const entity = item.record.entity;
  const shape: Record<string, z.ZodType> = {};
  for (const f of item.fields) {
    const s = fieldSchema(entity, f);
    if (!s) throw new AppError('VALIDATION', { vi: 'Trường này không thể nhập tay; hãy giữ một trong các giá trị.', en: 'This field cannot be typed; keep one of the values.' });
    // The stored default is not a value the officer chose: a patch keeps no default.
    shape[f] = (defOf(s).type === 'default' ? bare(s) : s).optional();
  }
  const values = item.fields.length === 1 ? { [item.fields[0]!]: value } : ((value ?? {}) as Record<string, unknown>);
  if (item.fields.length > 1 && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new AppError('VALIDATION', { vi: 'Hãy nhập đủ cả hai ngày.', en: 'Enter both dates.' });
  }
  const parsed = z.object(shape).strict().safeParse(values);
  if (!parsed.success) throw validationError(parsed.error);
  const out = parsed.data as Record<string, unknown>;
  for (const f of item.fields) if (out[f] === undefined) out[f] = null;
  if (item.fields.length === 2) {
    const [a, b] = item.fields as [string, string];
    if (typeof out[a] === 'string' && typeof out[b] === 'string' && (out[b] as string) < (out[a] as string)) {
      throw new AppError('VALIDATION', { vi: 'Ngày kết thúc không được trước ngày bắt đầu.', en: 'The end date cannot be before the start date.' }, { fields: item.fields });
    }
    return out;
  }
  return out[item.fields[0]!];
}

/** The texts of every side, in the order shown, each once. */
function joined(item: ConflictItem, lines: boolean): string {
  const texts: string[] = [];
  for (const s of item.sides) if (typeof s.value === 'string' && s.value.trim() && !texts.includes(s.value.trim())) texts.push(s.value.trim());
  return texts.join(lines ? '\n' : ' / ');
}

const openCount = (ctx: HandlerContext) => ({ open: countConflicts(ctx.db) });

export const conflictHandlers = {
  'conflicts.open': (ctx) => listConflicts(ctx.db).map(describe),
  'conflicts.count': (ctx) => openCount(ctx),
  'conflicts.resolveField': (ctx, input) => {
    const item = describe(openItem(ctx.db, input.key, input.token, 'field'));
    let value: unknown;
    if (input.how === 'keep') {
      const side = item.sides.find((s) => s.hlc === input.hlc);
      if (!side) throw new AppError('VALIDATION', { vi: 'Giá trị được chọn không thuộc xung đột này.', en: 'The chosen value is not one of this conflict’s.' });
      value = side.value;
    } else if (input.how === 'type') {
      if (!item.input) throw new AppError('VALIDATION', { vi: 'Trường này không thể nhập tay; hãy giữ một trong các giá trị.', en: 'This field cannot be typed; keep one of the values.' });
      value = checked(item, input.value);
    } else {
      if (!item.joinable) throw new AppError('VALIDATION', { vi: 'Chỉ ghép được các nội dung dạng chữ.', en: 'Only texts can be joined.' });
      value = checked(item, joined(item, item.input === 'lines'));
    }
    settleField(ctx.db, writeContext(ctx), item, value);
    return openCount(ctx);
  },
  'conflicts.resolveDeleted': (ctx, input) => {
    settleDeleted(ctx.db, writeContext(ctx), openItem(ctx.db, input.key, input.token, 'deleted_edited'), input.how);
    return openCount(ctx);
  },
  'conflicts.resolveDuplicate': (ctx, input) => {
    const item = openItem(ctx.db, input.key, input.token, 'duplicate');
    if (input.how === 'merge') mergeDuplicate(ctx.db, writeContext(ctx), item, input.id);
    else if (input.how === 'keepBoth') {
      // A new code (or number) for one of two records of a unique key, checked as its update would check it.
      const field = item.claim?.keepBoth === 'rename' ? item.claim.field : null;
      const value = field && input.value !== undefined ? checked({ ...item, fields: [field] }, input.value) : input.value;
      keepBothDuplicates(ctx.db, writeContext(ctx), item, { ...(input.id ? { id: input.id } : {}), ...(value !== undefined ? { value } : {}) });
    }
    else deleteDuplicate(ctx.db, writeContext(ctx), item, input.id);
    return openCount(ctx);
  },
} satisfies Partial<HandlerMap>;
