import type { FileResult } from '../lint-file.js';

/**
 * JUnit XML as ESLint's `junit` formatter writes it: one `<testsuite>` per file, one `<testcase>`
 * per error or warning with a `<failure>` (ESLint reports warnings as failures too), and a single
 * passing `<testcase>` for a clean file, so CI test reports count clean fixtures too.
 *
 * Infos (ESLint has no such severity) never fail the job, so a `<failure>` for one would paint a
 * passing pipeline red in GitLab's and Jenkins' test views, which mark a case failed by its child
 * element. An info is a passing `<testcase>` whose `<system-out>` carries the message, where both
 * show it beside the case.
 */
export function formatJunit(results: readonly FileResult[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const result of results) {
    const file = attr(result.filePath);
    const classname = attr(result.filePath.replace(/\.[^./]+$/, ''));
    const cases = result.diagnostics.length;
    const failures = result.diagnostics.filter((d) => d.severity !== 'info').length;
    out.push(`<testsuite package="org.reqlint" time="0" tests="${Math.max(1, cases)}" errors="${failures}" name="${file}">`);
    if (cases === 0) out.push(`<testcase time="0" name="${file}" classname="${classname}" />`);
    for (const d of result.diagnostics) {
      const where = d.range
        ? `line ${d.range.start.line}, col ${d.range.start.column}`
        : d.line !== undefined
          ? `line ${d.line}`
          : `at ${d.path || '/'}`;
      const severity = d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Info';
      out.push(`<testcase time="0" name="org.reqlint.${attr(d.ruleId)}" classname="${classname}">`);
      const text = cdata(`${where}, ${severity} - ${d.message} (${d.ruleId})`);
      out.push(
        d.severity === 'info'
          ? `<system-out><![CDATA[${text}]]></system-out>`
          : `<failure message="${attr(d.message)}"><![CDATA[${text}]]></failure>`,
      );
      out.push('</testcase>');
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function attr(text: string): string {
  // XML 1.0 cannot carry most control characters at all, even escaped.
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching those characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\n/g, '&#10;')
  );
}

function cdata(text: string): string {
  // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these, even in CDATA
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/]]>/g, ']]]]><![CDATA[>');
}
