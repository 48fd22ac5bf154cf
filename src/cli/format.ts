/** Text rendering of validation reports, as `drom validate` prints them. */
import type { Diagnostic } from '../api/diagnostic.js';
import type { ValidationReport } from '../validate/validate.js';

/** `path:line:col: severity CODE: message`, then `  hint: …` when there is a hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${String(d.line)}:${String(d.col)}` : d.file;
  const head = `${where}: ${d.severity} ${d.code}: ${d.message}`;
  return d.hint === undefined ? head : `${head}\n  hint: ${d.hint}`;
}

/** Counts for the summary line. */
export function summarize(report: ValidationReport): { files: number; errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { files: report.files.length, errors, warnings };
}

/** `N files, N errors, N warnings`. */
export function summaryLine(report: ValidationReport): string {
  const s = summarize(report);
  const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(s.files, 'file')}, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
}

/** The JSON document of `drom validate --format json`. */
export function toJson(report: ValidationReport): string {
  const files = report.files.map((f) => ({
    file: f.file,
    valid: f.valid,
    diagnostics: f.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      line: d.line,
      col: d.col,
      pointer: d.pointer,
      document: d.document,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
    })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
