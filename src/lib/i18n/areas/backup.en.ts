import type { BackupIssue, BackupProblem } from '../../storage/backup.ts';
import type { Dictionary } from './dictionary.ts';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function issueText(issue: BackupIssue): string {
  switch (issue.kind) {
    case 'missing':
      return 'is missing';
    case 'type':
      return `should be ${issue.expected}, not ${issue.received}`;
    case 'value':
      return `has a value out of range (${issue.received})`;
    case 'data':
      return 'does not hold as many numbers as the run says (the file was cut short or changed)';
    case 'layout':
      return 'does not match the run’s operators, segments and months';
  }
}

/** English strings of the backup of saved work and of the storage line in Saved work. */
export const backupEn = {
  backupHeading: 'Backup',
  backupHint: 'One file with every saved scenario and run, to keep safe or carry to another computer. Importing adds to what is here and replaces nothing.',
  backupExport: 'Export backup (.json)',
  backupImport: 'Import backup…',
  backupNothing: 'Nothing is saved yet, so there is nothing to back up.',
  backupExported: (scenarios: number, runs: number) => `Exported a backup of ${plural(scenarios, 'scenario')} and ${plural(runs, 'run')}.`,
  backupImported: (file: string, scenarios: number, runs: number, skipped: number, renamed: number) =>
    `Imported “${file}”: ${plural(scenarios, 'scenario')} and ${plural(runs, 'run')} added` +
    (skipped ? `; ${plural(skipped, 'record was', 'records were')} already here` : '') +
    (renamed ? `; ${plural(renamed, 'name was', 'names were')} taken, so a number was added` : '') +
    '.',
  backupRefused: (file: string, problem: string) => `Could not import “${file}”: ${problem} Nothing was changed.`,
  backupProblem: (problem: BackupProblem): string => {
    switch (problem.kind) {
      case 'tooLarge':
        return `it is larger than the limit of ${mb(problem.limit)}.`;
      case 'tooDeep':
        return 'it nests far deeper than any backup.';
      case 'notJson':
        return `it is not valid JSON (${problem.detail}).`;
      case 'notBackup':
        return 'it is not a backup of this workbench (no "format": "telecom-workbench-backup").';
      case 'scenarioFile':
        return 'it is a scenario file, not a backup. Open it with “Import scenario file…”.';
      case 'newer':
        return `it was made by a newer version of the workbench (backup version ${problem.version}). Reload to update, then import it.`;
      case 'invalid':
        return `${problem.path} ${issueText(problem.issue)}.`;
    }
  },
  backupNameWithNumber: (name: string, n: number) => `${name} (${n})`,
  backupUsage: (used: string, quota: string) => `This app uses ${used} of the ${quota} this browser allows (saved work and the offline copy of the app).`,
  backupUsageUnknown: 'This browser does not say how much it stores.',
  backupPersistent: 'Kept until you delete it.',
  backupNotPersistent: 'The browser may clear it when the disk runs low: export a backup to be safe.',
  backupOffline: 'Works offline on this computer.',
} satisfies Dictionary;
