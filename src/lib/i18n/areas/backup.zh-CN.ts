import type { BackupIssue, BackupProblem } from '../../storage/backup.ts';
import type { backupEn } from './backup.en.ts';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function issueText(issue: BackupIssue): string {
  switch (issue.kind) {
    case 'missing':
      return '缺失';
    case 'type':
      return `应为 ${issue.expected}，而不是 ${issue.received}`;
    case 'value':
      return `的值超出范围（${issue.received}）`;
    case 'data':
      return '中的数字个数与运行结果所说的不符（文件被截断或改动过）';
    case 'layout':
      return '与该运行结果的运营商、细分市场和月数不符';
  }
}

/** 已保存工作的备份，以及“已保存的工作”中存储状况一行的简体中文文字。 */
export const backupZhCN: typeof backupEn = {
  backupHeading: '备份',
  backupHint: '把所有已保存的情景和运行结果存为一个文件，可妥善保管或带到另一台电脑。导入只会添加，不会替换已有内容。',
  backupExport: '导出备份（.json）',
  backupImport: '导入备份…',
  backupNothing: '尚未保存任何内容，没有可备份的。',
  backupExported: (scenarios: number, runs: number) => `已导出备份：${scenarios} 个情景、${runs} 个运行结果。`,
  backupImported: (file: string, scenarios: number, runs: number, skipped: number, renamed: number) =>
    `已导入“${file}”：新增 ${scenarios} 个情景、${runs} 个运行结果` +
    (skipped ? `；${skipped} 条记录已存在，未重复添加` : '') +
    (renamed ? `；${renamed} 个名称已被占用，已加上编号` : '') +
    '。',
  backupRefused: (file: string, problem: string) => `无法导入“${file}”：${problem}未做任何更改。`,
  backupProblem: (problem: BackupProblem): string => {
    switch (problem.kind) {
      case 'tooLarge':
        return `文件超过 ${mb(problem.limit)} 的上限。`;
      case 'tooDeep':
        return '文件的嵌套层数远超任何备份。';
      case 'notJson':
        return `它不是有效的 JSON（${problem.detail}）。`;
      case 'notBackup':
        return '它不是本工作台的备份（缺少 "format": "telecom-workbench-backup"）。';
      case 'scenarioFile':
        return '这是情景文件，不是备份。请用“导入情景文件…”打开。';
      case 'newer':
        return `它由更新版本的工作台生成（备份版本 ${problem.version}）。请先重新加载以更新，再导入。`;
      case 'invalid':
        return `${problem.path} ${issueText(problem.issue)}。`;
    }
  },
  backupNameWithNumber: (name: string, n: number) => `${name}（${n}）`,
  backupUsage: (used: string, quota: string) => `本应用在此浏览器中占用 ${used}（含已保存的工作和应用的离线副本），上限为 ${quota}。`,
  backupUsageUnknown: '本浏览器未提供存储用量。',
  backupPersistent: '会一直保留，直到您删除。',
  backupNotPersistent: '磁盘空间不足时浏览器可能会清除这些内容：请导出备份以防万一。',
  backupOffline: '本电脑上可离线使用。',
};
