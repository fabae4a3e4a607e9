/**
 * The shared state of one emulated NetSuite account: records, caches, File Cabinet contents, the task queue,
 * sent emails, saved searches, the clock, fault hooks and the record of every script invocation. Executions
 * read and write it; the host owns it.
 */
import type { Clock } from './clock';
import type { Charge } from './governance';
import type { RecordTypeDef, StoredRecord } from './schema/model';
import type { ParameterOverrides } from './deployments';
import type { Schema } from './schema/accountSchema';
import type { RecordStore } from './store';

export interface LogEntry {
  level: 'DEBUG' | 'AUDIT' | 'ERROR' | 'EMERGENCY';
  title: string;
  details: string;
}

/** One run of one entry point, as the host reports it. */
export interface Invocation {
  scriptId: string;
  deploymentId: string;
  entryPoint: string;
  executionContext: string;
  /** User event type (`create`, `edit`, `xedit`, `delete`) and the record it ran for. */
  eventType?: string;
  recordType?: string;
  recordId?: string | null;
  /** Map/reduce map and reduce invocations: the key processed, and which attempt this was (1 = first). */
  key?: string;
  executionNo?: number;
  usageLimit: number;
  unitsUsed: number;
  /**
   * CPU the script itself used: the invocation's process CPU less what N module calls took. Methods of objects those
   * calls return (a record's getValue, a result set's rows) count as the script's, so this errs high. Absent when
   * the emulator was made with `measureScriptCpu: false`.
   */
  scriptCpuMs?: number;
  charges: Charge[];
  logs: LogEntry[];
  error?: { name: string; message: string };
}

/** Hooks tests set to make the account fail the way a real one can. Each hook throws to inject the failure. */
export interface Faults {
  /**
   * Before a search returns rows (each, getRange, runPaged, fetch, lookupFields), and before a SuiteQL query reads
   * any row: once for each table it names (FROM, joins, subqueries), lower case.
   */
  onSearch?: (searchType: string) => void;
  /** Before a cache get, put or remove. */
  onCache?: (operation: 'get' | 'put' | 'remove', cacheName: string, key: string) => void;
  /** Before a record is written (save, submitFields, delete). */
  onWrite?: (recordType: string, id: string | null) => void;
  /** A usage limit lower than the script type's, for every script or per script id. */
  usageLimit?: number | ((scriptId: string, entryPoint: string) => number | undefined);
}

export type WriteEventType = 'create' | 'edit' | 'xedit' | 'delete';

/** What a user event sees of a write in progress. `newRecord` is live in beforeSubmit: changes stick. */
export interface WriteEvent {
  eventType: WriteEventType;
  typeDef: RecordTypeDef;
  newRecord: StoredRecord;
  oldRecord?: StoredRecord;
  /** For xedit: the fields the write changes (newRecord holds only these); beforeSubmit may add to it. */
  xeditFields?: Set<string>;
}

/** Runs the user events deployed on a record type; installed by the host (it knows scripts and deployments). */
export interface UserEventRunner {
  /** The invocations it recorded, in the order they ran. */
  run(entryPoint: 'beforeSubmit' | 'afterSubmit', event: WriteEvent, trigger: WriteTrigger): Invocation[];
}

/** Where a script may be overtaken by other work: before each metered N call (interleaving.ts). */
export interface YieldPoints {
  yieldPoint(): void;
}

/** What user events see of the execution whose write triggers them: the context it runs in. */
export interface WriteTrigger {
  readonly executionContext: string;
}

export interface SavedSearchDefinition {
  /** Script id (`customsearch_…`), by which search.load finds it. */
  id: string;
  /** Internal id, by which search.load finds it too; assigned when registered if not given. */
  internalId?: string;
  type: string;
  title?: string;
  filters?: unknown;
  columns?: unknown;
}

export interface QueuedTask {
  id: string;
  taskType: 'SCHEDULED_SCRIPT' | 'MAP_REDUCE';
  scriptId: string;
  deploymentId: string;
  params: Record<string, unknown>;
  status: 'PENDING' | 'PROCESSING' | 'COMPLETE' | 'FAILED';
  submittedBy: string;
}

export interface SentEmail {
  author: string;
  recipients: string[];
  subject: string;
  body: string;
  sentBy: string;
  /** The records the message is attached to (`relatedRecords`), e.g. `{ entityId: '1042' }`. */
  relatedRecords?: Record<string, string>;
}

export interface CacheEntry {
  value: string;
  expiresAt?: number;
}

export interface RunAsUser {
  id: number;
  role: number;
  roleId: string;
  name: string;
  email: string;
  subsidiary: number;
}

export interface Account {
  readonly schema: Schema;
  readonly store: RecordStore;
  readonly clock: Clock;
  readonly faults: Faults;
  readonly caches: Map<string, CacheEntry>;
  /** Contents of File Cabinet files by file internal id (their metadata are `file` records). */
  readonly fileContents: Map<string, string>;
  readonly tasks: QueuedTask[];
  readonly emails: SentEmail[];
  readonly savedSearches: Map<string, SavedSearchDefinition>;
  readonly invocations: Invocation[];
  /** The user scripts run as (runtime.getCurrentUser); the host may act as another for a while (Emulator.actingAs). */
  user: RunAsUser;
  readonly features: ReadonlySet<string>;
  /** Company Information's Time Zone (an IANA name), which N/config hands out. */
  readonly companyTimeZone: string;
  /** Parameter values the host set, by `scriptId` or `scriptId:deploymentId`, over the XML values. */
  readonly parameterOverrides: ParameterOverrides;
  /** Scheduled and map/reduce deployments running now: NetSuite refuses to submit an unfinished deployment again. */
  readonly runningDeployments: Set<string>;
  userEvents: UserEventRunner;
  /** Set while a concurrent run is under way: scripts' metered calls yield to it. */
  interleaving?: YieldPoints;
  /** Whether invocations report `scriptCpuMs` (two process CPU reads around every N call: not free). */
  readonly measuresScriptCpu: boolean;
}
