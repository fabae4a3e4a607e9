/**
 * N/file: files live in the account's File Cabinet as `file` records (name, folder, type) plus their contents.
 * Saving a file whose name already exists in the folder overwrites it and keeps its id, as NetSuite does.
 */
import type { Account } from '../account';
import { missingArgument, suiteScriptError } from '../errors';
import type { Execution } from '../execution';
import type { StoredRecord } from '../schema/model';
import { identityEnum } from './enumProxy';
import { requiredString } from './options';

const MAX_CONTENTS_BYTES = 10 * 1024 * 1024;

export class EmulatedFile {
  id: number | null = null;
  name: string;
  fileType: string;
  folder: number | null;
  description: string;
  encoding: string;
  isOnline: boolean;
  private contents: string;

  constructor(
    private readonly execution: Execution,
    options: Record<string, unknown>,
  ) {
    this.name = String(options.name ?? '');
    this.fileType = String(options.fileType ?? 'PLAINTEXT');
    this.folder = options.folder === undefined || options.folder === null || options.folder === '' ? null : Number(options.folder);
    this.description = String(options.description ?? '');
    this.encoding = String(options.encoding ?? 'UTF-8');
    this.isOnline = options.isOnline === true;
    this.contents = String(options.contents ?? '');
  }

  get size(): number {
    return Buffer.byteLength(this.contents);
  }

  getContents(): string {
    if (this.size > MAX_CONTENTS_BYTES) throw suiteScriptError('EMULATOR_FILE_TOO_LARGE', 'File.getContents reads at most 10 MB.');
    return this.contents;
  }

  /** Adds `value` as a line of its own, ended by a line feed (a file whose contents lack a final one gets it first). */
  appendLine(options: Record<string, unknown>): this {
    if (options?.value === undefined || options.value === null) throw missingArgument('value');
    const separator = this.contents === '' || this.contents.endsWith('\n') ? '' : '\n';
    this.contents += `${separator}${String(options.value)}\n`;
    return this;
  }

  save(): number {
    const { account, meter } = this.execution;
    meter.charge('File.save');
    if (this.name === '') throw missingArgument('name');
    if (this.folder === null) throw missingArgument('folder');
    if (!account.store.get('folder', String(this.folder))) throw suiteScriptError('INVALID_KEY_OR_REF', `Invalid folder reference key ${this.folder}.`);
    const existing = fileInFolder(account, this.name, String(this.folder));
    const record: StoredRecord = {
      type: 'file',
      id: existing?.id ?? account.store.nextId(),
      values: { name: this.name, folder: String(this.folder), filetype: this.fileType, description: this.description, encoding: this.encoding, isonline: this.isOnline },
      sublists: {},
    };
    if (existing) account.store.replace(record);
    else account.store.insert(record);
    account.fileContents.set(record.id, this.contents);
    this.id = Number(record.id);
    return this.id;
  }

  /** Loads a stored file into this object. */
  static fromStore(execution: Execution, record: StoredRecord): EmulatedFile {
    const file = new EmulatedFile(execution, {
      name: record.values.name,
      fileType: record.values.filetype,
      folder: record.values.folder,
      description: record.values.description,
      encoding: record.values.encoding,
      isOnline: record.values.isonline,
      contents: execution.account.fileContents.get(record.id),
    });
    file.id = Number(record.id);
    return file;
  }
}

function fileInFolder(account: Account, name: string, folder: string): StoredRecord | undefined {
  return [...account.store.all('file')].find((record) => record.values.name === name && record.values.folder === folder);
}

/** `Folder/Sub/name.csv` → the file, following folder names from the File Cabinet root. */
function fileAtPath(account: Account, path: string): StoredRecord | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  const name = parts.pop();
  let parent: string | undefined;
  for (const part of parts) {
    const folder = [...account.store.all('folder')].find((candidate) => candidate.values.name === part && candidate.values.parent === parent);
    if (!folder) return undefined;
    parent = folder.id;
  }
  return name === undefined || parent === undefined ? undefined : fileInFolder(account, name, parent);
}

export function createFileModule(execution: Execution) {
  const { account } = execution;

  function stored(options: Record<string, unknown>): StoredRecord {
    const id = requiredString(options, 'id');
    const record = /^\d+$/.test(id) ? account.store.get('file', id) : fileAtPath(account, id);
    if (!record) throw suiteScriptError('RCRD_DSNT_EXIST', `That record does not exist. (file ${id})`);
    return record;
  }

  return {
    Type: identityEnum(),
    Encoding: Object.freeze({ UTF_8: 'UTF-8', WINDOWS_1252: 'windows-1252', ISO_8859_1: 'ISO-8859-1', GB18030: 'GB18030', SHIFT_JIS: 'SHIFT_JIS', MAC_ROMAN: 'MacRoman' }),
    create: (options: Record<string, unknown>) => {
      requiredString(options, 'name');
      requiredString(options, 'fileType');
      return new EmulatedFile(execution, options);
    },
    load(options: Record<string, unknown>): EmulatedFile {
      execution.meter.charge('file.load');
      return EmulatedFile.fromStore(execution, stored(options));
    },
    delete(options: Record<string, unknown>): void {
      execution.meter.charge('file.delete');
      const record = stored(options);
      account.store.remove('file', record.id);
      account.fileContents.delete(record.id);
    },
  };
}
