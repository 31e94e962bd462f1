// Prints the line CI reads, `N passed, N failed, N skipped`, from vitest's JSON report. A step that
// failed before vitest ran (type-check, boundary, migrations, build) counts as one failure.
import fs from 'node:fs';

const [reportFile, exitCode] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (reportFile && fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests ?? 0;
  // A file that failed to load has no failed test in it but is a failure all the same.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  failed = (report.numFailedTests ?? 0) + brokenFiles;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (Number(exitCode) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
