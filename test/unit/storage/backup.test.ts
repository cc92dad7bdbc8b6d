import 'fake-indexeddb/auto'; // globals idb needs (IDBRequest…); each test gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/simulation.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { BACKUP_VERSION, backupText, isBackupHead, readBackupText, type BackupProblem } from '../../../src/lib/storage/backup.ts';
import { WorkLibrary } from '../../../src/lib/storage/library.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const input = readScenarioInput('default');
const campus = readScenarioInput('campus-challenger');
const scenario = mustValidate(input);
const overrides = { customers: 2000, months: 6, seed: 11 };
const out = runScenario(scenario, overrides);
const snapshot = { meta: out.meta, frames: out.frames, cohorts: out.cohorts };
const numbered = en.backupNameWithNumber;

/** A library with two scenarios and a run, as a trainee's browser would have it. */
async function filledLibrary() {
  const library = await WorkLibrary.open({ factory: new IDBFactory() });
  await library.saveScenario('Lecture 3', input, 'default', 1000);
  await library.saveScenario('Campus', campus, 'campus-challenger', 2000);
  await library.saveRun('Seed 11', snapshot, { scenario, overrides }, 3000);
  return library;
}

/** Everything a library holds, comparable with toEqual (run data as numbers). */
async function contents(library: WorkLibrary) {
  const all = await library.exportAll();
  return { scenarios: all.scenarios, runs: all.runs.map((r) => ({ ...r, data: [...new Float64Array(r.data)] })) };
}

async function refused(text: string): Promise<BackupProblem> {
  const read = readBackupText(text);
  if (read.ok) throw new Error('the file was accepted');
  return read.problem;
}

describe('backup of saved work', () => {
  it('round-trips every scenario and run, frames bit for bit, into an empty browser', async () => {
    const source = await filledLibrary();
    const text = backupText(await source.exportAll());
    expect(JSON.parse(text)).toMatchObject({ format: 'telecom-workbench-backup', version: BACKUP_VERSION });
    // A backup dropped where scenario files go is told apart by its first bytes.
    expect(isBackupHead(text.slice(0, 200))).toBe(true);
    expect(isBackupHead(JSON.stringify(input, null, 2).slice(0, 200))).toBe(false);

    const target = await WorkLibrary.open({ factory: new IDBFactory() });
    const read = readBackupText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const plan = await target.importAll(read.records, numbered);
    expect(plan).toMatchObject({ skipped: 0, renamed: 0 });
    expect(await contents(target)).toEqual(await contents(source));
    const run = (await target.list('runs'))[0];
    const opened = await target.openRun(run.id);
    expect(opened?.snapshot.frames).toEqual(out.frames);
    expect(opened?.snapshot.cohorts).toEqual(out.cohorts);
    expect(opened?.request.overrides).toEqual(overrides);
  });

  it('merges beside what is there: nothing overwritten, the same records not doubled, clashing names numbered', async () => {
    const source = await filledLibrary();
    const backup = readBackupText(backupText(await source.exportAll()));
    if (!backup.ok) throw new Error('refused');

    // Importing into the library it came from changes nothing.
    const before = await contents(source);
    expect(await source.importAll(backup.records, numbered)).toMatchObject({ skipped: 3, renamed: 0 });
    expect(await contents(source)).toEqual(before);

    // Another computer with its own "Lecture 3" and a record whose id happens to clash.
    const other = await WorkLibrary.open({ factory: new IDBFactory() });
    const own = await other.saveScenario('Lecture 3', campus, null, 500);
    await other.restore('scenarios', { ...own, id: backup.records.scenarios[0].id, name: 'Mine', savedAt: 600 });
    const plan = await other.importAll(backup.records, numbered);
    expect(plan).toMatchObject({ skipped: 0, renamed: 1 });
    const names = (await other.list('scenarios')).map((s) => s.name).sort();
    expect(names).toEqual(['Campus', 'Lecture 3', 'Lecture 3 (2)', 'Mine']);
    expect((await other.get('scenarios', own.id))?.input).toEqual(campus);
    expect((await other.get('scenarios', backup.records.scenarios[0].id))?.name).toBe('Mine');
    expect(await other.list('runs')).toHaveLength(1);
    expect(zhCN.backupNameWithNumber('第三讲', 2)).toBe('第三讲（2）');
  });

  it('refuses what is not a backup, a newer one, or any record it could not show, naming the place', async () => {
    const source = await filledLibrary();
    const good = JSON.parse(backupText(await source.exportAll()));
    const edit = (change: (file: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(await refused('{"format": "telecom-workbench-backup",')).toMatchObject({ kind: 'notJson' });
    expect(await refused('[1, 2]')).toEqual({ kind: 'notBackup' });
    expect(await refused(JSON.stringify(input))).toEqual({ kind: 'scenarioFile' });
    expect(await refused(edit((f) => (f.version = BACKUP_VERSION + 1)))).toEqual({ kind: 'newer', version: BACKUP_VERSION + 1 });
    expect(await refused(edit((f) => delete f.scenarios[1].name))).toEqual({ kind: 'invalid', path: 'scenarios[1].name', issue: { kind: 'missing' } });
    expect(await refused(edit((f) => (f.runs[0].frameCount = 'six')))).toMatchObject({ kind: 'invalid', path: 'runs[0].frameCount', issue: { kind: 'type' } });
    expect(await refused(edit((f) => (f.runs[0].data = f.runs[0].data.slice(0, 100))))).toEqual({
      kind: 'invalid',
      path: 'runs[0].data',
      issue: { kind: 'data' },
    });
    expect(await refused(edit((f) => (f.runs[0].data = '%%not base64%%')))).toMatchObject({ path: 'runs[0].data' });
    expect(await refused(edit((f) => (f.runs[0].meta.layout.lorenz = 10 ** 6)))).toEqual({
      kind: 'invalid',
      path: 'runs[0].meta.layout',
      issue: { kind: 'layout' },
    });
    expect(await refused(edit((f) => (f.scenarios[0].input = 'text')))).toMatchObject({ path: 'scenarios[0].input', issue: { kind: 'type' } });
    expect(await refused('['.repeat(100) + ']'.repeat(100))).toEqual({ kind: 'tooDeep' });
    // And the good file itself reads.
    expect(readBackupText(JSON.stringify(good)).ok).toBe(true);
  });

  it('every refusal has a message in both languages that says where and what', () => {
    const problems: BackupProblem[] = [
      { kind: 'tooLarge', limit: 256 * 1024 * 1024 },
      { kind: 'tooDeep' },
      { kind: 'notJson', detail: 'Unexpected end of JSON input' },
      { kind: 'notBackup' },
      { kind: 'scenarioFile' },
      { kind: 'newer', version: 2 },
      { kind: 'invalid', path: 'runs[0].frameCount', issue: { kind: 'type', expected: 'number', received: '"six"' } },
      { kind: 'invalid', path: 'scenarios[1].name', issue: { kind: 'missing' } },
      { kind: 'invalid', path: 'runs[0].data', issue: { kind: 'data' } },
      { kind: 'invalid', path: 'runs[0].meta.layout', issue: { kind: 'layout' } },
      { kind: 'invalid', path: 'runs[0].meta.months', issue: { kind: 'value', received: '0' } },
    ];
    for (const words of [en, zhCN]) {
      const texts = problems.map((p) => words.backupProblem(p));
      expect(new Set(texts).size).toBe(texts.length);
      for (const [i, p] of problems.entries()) if (p.kind === 'invalid') expect(texts[i]).toContain(p.path);
    }
  });
});
