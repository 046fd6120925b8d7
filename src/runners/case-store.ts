import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** What a case is made of, as submitted: document references (hashes), never their text. */
export const CaseManifest = z.object({
  id: z.string(),
  caseId: z.string().optional(),
  documents: z.array(z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int() })).min(1),
  requests: z.array(z.string()),
  pipeline: z.string(),
  createdAt: z.string(),
});
export type CaseManifest = z.infer<typeof CaseManifest>;

/** Why a case failed: a code and the document it concerns; never record text. */
export const CaseFailure = z.object({ code: z.string(), file: z.string().nullable(), reason: z.string() });
export type CaseFailure = z.infer<typeof CaseFailure>;

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Write-then-rename, so a reader (or a worker killed mid-write) never sees half a file. */
async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

async function readJson(file: string): Promise<unknown | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * The on-disk store under `PRESCREEN_DATA_DIR`, shared by the API and every worker (a volume in
 * docker-compose). Documents are content-addressed (`documents/<sha256>/<name>`: the name keeps
 * intake's kind detection and the `source` of the result); a case keeps its manifest, parsed
 * documents, result or failure under `cases/<id>/`. Redis only ever holds ids and hashes.
 */
export function createCaseStore(dataDir: string) {
  const root = resolve(dataDir);
  const caseDir = (id: string) => join(root, 'cases', id);

  return {
    root,
    /** Stores document bytes; returns their hash. Storing the same bytes twice is a no-op rename. */
    async putDocument(name: string, bytes: Uint8Array): Promise<string> {
      const hash = sha256(bytes);
      const dir = join(root, 'documents', hash);
      await mkdir(dir, { recursive: true });
      await writeAtomic(join(dir, name), bytes);
      return hash;
    },
    documentPath: (hash: string, name: string) => join(root, 'documents', hash, name),
    async putManifest(manifest: CaseManifest): Promise<void> {
      await mkdir(caseDir(manifest.id), { recursive: true });
      await writeAtomic(join(caseDir(manifest.id), 'manifest.json'), JSON.stringify(manifest));
    },
    async getManifest(id: string): Promise<CaseManifest | null> {
      const raw = await readJson(join(caseDir(id), 'manifest.json'));
      return raw === null ? null : CaseManifest.parse(raw);
    },
    /** Writes a parsed document (JSON); returns the hash the parent job checks it against. */
    async putParsed(id: string, index: number, value: unknown): Promise<string> {
      const text = JSON.stringify(value);
      await writeAtomic(join(caseDir(id), `parsed-${index}.json`), text);
      return sha256(text);
    },
    async getParsed(id: string, index: number): Promise<{ text: string; hash: string }> {
      const text = await readFile(join(caseDir(id), `parsed-${index}.json`), 'utf8');
      return { text, hash: sha256(text) };
    },
    async putResult(id: string, result: unknown): Promise<string> {
      const text = JSON.stringify(result);
      await writeAtomic(join(caseDir(id), 'result.json'), text);
      return sha256(text);
    },
    getResult: (id: string) => readJson(join(caseDir(id), 'result.json')),
    async putFailure(id: string, failure: CaseFailure): Promise<void> {
      await mkdir(caseDir(id), { recursive: true });
      await writeAtomic(join(caseDir(id), 'failure.json'), JSON.stringify(failure));
    },
    async getFailure(id: string): Promise<CaseFailure | null> {
      const raw = await readJson(join(caseDir(id), 'failure.json'));
      return raw === null ? null : CaseFailure.parse(raw);
    },
    /** Drops a case's record (retention); documents are swept separately by age. */
    removeCase: (id: string) => rm(caseDir(id), { recursive: true, force: true }),
  };
}
export type CaseStore = ReturnType<typeof createCaseStore>;
