import {
  envelopeSchema,
  methods,
  type Envelope,
  type ErrorCode,
  type FieldIssue,
  type Input,
  type Messages,
  type MethodName,
  type Output,
} from '../../electron/contract';
import { v7 as uuidv7 } from 'uuid';

/**
 * Carries one call to the application and brings back its envelope. The Electron preload, the
 * HTTP server of the browser mode and the tests' in-process dispatcher each provide one; the
 * contract is the same for all.
 */
export type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** An error envelope, thrown by the client so that screens can `try/catch` a call. */
export class ApiCallError extends Error {
  readonly method: string;
  readonly code: ErrorCode;
  /** The message in both languages, as the application wrote it for the user. */
  readonly messages: Messages;
  /** For VALIDATION errors: which fields are at fault, and why. */
  readonly issues: FieldIssue[];
  readonly details: unknown;

  constructor(method: string, error: { code: ErrorCode; message: Messages; issues?: FieldIssue[] | undefined; details?: unknown }) {
    super(`${method}: ${error.code} ${error.message.en}`);
    this.name = 'ApiCallError';
    this.method = method;
    this.code = error.code;
    this.messages = error.message;
    this.issues = error.issues ?? [];
    this.details = error.details;
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /**
   * Starts a read now whose answer the screen about to render will ask for: the first `call`
   * with the same method and input within PREFETCH_TTL_MS takes it instead of asking again.
   * Reads only (lists, counts, gets): a write is never prefetched.
   */
  prefetch<M extends MethodName>(method: M, input: Input<M>): void;
}

/** A prefetched answer not taken within this time after it came is dropped (the data may have moved on). */
export const PREFETCH_TTL_MS = 1500;

export const UNREACHABLE: Messages = {
  vi: 'Không kết nối được với ứng dụng. Hãy kiểm tra ứng dụng còn đang chạy rồi thử lại.',
  en: 'Cannot reach the application. Check that it is still running, then try again.',
};

const MALFORMED: Messages = {
  vi: 'Ứng dụng trả về một câu trả lời không đọc được. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
  en: 'The application sent an answer that could not be read. Try again; if it persists, restart the application.',
};

/**
 * The typed client of the API contract. Whatever goes wrong on the way (a transport that
 * throws, an answer that is not an envelope) surfaces as an ApiCallError, never as a raw
 * exception, so screens handle one kind of failure.
 */
export function createApiClient(transport: Transport): ApiClient {
  // `at`: when the answer came (null while it is on its way: a call then waits for it, since
  // asking again could only be answered later still).
  const prefetched = new Map<string, { at: number | null; answer: Promise<unknown> }>();
  const stale = (entry: { at: number | null }, now: number) => entry.at !== null && now - entry.at > PREFETCH_TTL_MS;
  const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`;
  const client: ApiClient = {
    prefetch(method, input) {
      const now = Date.now();
      for (const [k, v] of prefetched) if (stale(v, now)) prefetched.delete(k);
      const key = keyOf(method, input);
      if (prefetched.has(key)) return;
      const answer = client.call(method, input);
      const entry: { at: number | null; answer: Promise<unknown> } = { at: null, answer };
      // Not taken, a failure is nobody's business: the screen's own call reports it.
      answer.then(
        () => (entry.at = Date.now()),
        () => (entry.at = Date.now()),
      );
      prefetched.set(key, entry);
    },
    call(method, input) {
      // A write may change what was prefetched: nothing read before it is handed out after it.
      if (methods[method]?.kind === 'write') prefetched.clear();
      const key = keyOf(method, input);
      const hit = prefetched.get(key);
      if (hit) {
        prefetched.delete(key);
        if (!stale(hit, Date.now())) return hit.answer as Promise<Output<typeof method>>;
      }
      return send(method, input);
    },
  };
  return client;

  async function send<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const sent = withClientId(method, input);
    let raw = await carry(method, sent);
    // A create that carries its own id is safe to send again: if the first one was saved and only
    // its answer was lost, the application answers the record saved then, never a second one.
    const retries = method.endsWith('.create') && typeof sent === 'object' && sent !== null && 'id' in sent ? CREATE_RETRY_PAUSES_MS : [];
    for (const pause of retries) {
      if (!isUnreachable(raw)) break;
      await new Promise((done) => setTimeout(done, pause));
      raw = await carry(method, sent);
    }
    if (raw === undefined) throw new ApiCallError(method, { code: 'INTERNAL', message: UNREACHABLE });
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success) throw new ApiCallError(method, { code: 'INTERNAL', message: MALFORMED });
    const envelope = parsed.data;
    if (!envelope.ok) throw new ApiCallError(method, envelope.error);
    // The dispatcher checked the value against the method's output schema before sending it.
    return envelope.value as Output<M>;
  }

  /** The transport's answer, or undefined when it threw (the application could not be reached). */
  async function carry(method: string, input: unknown): Promise<unknown> {
    try {
      return await transport(method, input);
    } catch {
      return undefined;
    }
  }
}

/** No answer at all, or the transports' own "cannot reach the application". */
function isUnreachable(raw: unknown): boolean {
  if (raw === undefined) return true;
  const parsed = envelopeSchema.safeParse(raw);
  return parsed.success && !parsed.data.ok && parsed.data.error.code === 'INTERNAL' && parsed.data.error.message.en === UNREACHABLE.en;
}

/**
 * A create gets an id made here (UUIDv7, as the application makes them) when its caller gave
 * none, so that sending it again cannot save it twice.
 */
function withClientId<M extends MethodName>(method: M, input: Input<M>): Input<M> {
  const def = methods[method] as { kind: string; input: unknown } | undefined;
  if (def?.kind !== 'write' || !method.endsWith('.create')) return input;
  if (input === null || typeof input !== 'object' || 'id' in input) return input;
  const shape = (def.input as { shape?: Record<string, unknown> }).shape;
  if (!shape || !('id' in shape)) return input;
  return { ...input, id: uuidv7() };
}

/** Pauses before a create whose answer did not arrive is sent again, with the same id. */
export const CREATE_RETRY_PAUSES_MS = [250, 1000];
