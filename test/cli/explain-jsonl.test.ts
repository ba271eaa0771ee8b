import { describe, expect, it } from 'vitest';
import { explainJsonlRequests } from '../../src/cli/explain.js';
import { matchApiError } from '../../src/integrations/explain-api-error.js';
import { jsonlLines } from '../../src/jsonl/lines.js';
import { requestLines } from '../../src/jsonl/request-lines.js';
import { fixtureDir, run } from './helpers.js';

const toolChoiceError = "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.";
const request = (extra: string) => `{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]${extra}}`;
const lines = [request(''), '// a note', request(',"tool_choice":"auto"'), '', request(''), request(',"tool_choice":"auto"')];

describe('reqlint explain --request file.jsonl', () => {
  it('names the lines it flags, with their own columns (CRLF, BOM and comment lines cut as the linter cuts them)', async () => {
    const dir = fixtureDir({ 'log.jsonl': '\ufeff' + lines.join('\r\n') + '\r\n' });
    const { code, stdout } = await run(['explain', toolChoiceError, '--request', 'log.jsonl', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const explanation = JSON.parse(stdout) as {
      lines: number[];
      summary: string;
      diagnostics: Array<{ line: number; range: { start: { column: number } } }>;
    };
    expect(explanation.lines).toEqual([3, 6]);
    expect(explanation.summary).toContain('on lines 3, 6 of log.jsonl, of 4 requests');
    // The BOM is not counted on line 1, and the CR is no part of a line.
    expect(explanation.diagnostics.map((d) => [d.line, d.range.start.column])).toEqual([
      [3, lines[2]!.indexOf('"tool_choice"') + 1],
      [6, lines[5]!.indexOf('"tool_choice"') + 1],
    ]);
  });

  it('matches the error once and only locates it per line: the lines are searched for the match it is given', () => {
    const matched = matchApiError(toolChoiceError);
    // The same match under a message no wording knows: a line that matched the text again would find nothing.
    const renamed = { ...matched, fields: { ...matched.fields, message: 'no known wording says this' } };
    const requests = [...requestLines(jsonlLines(lines.join('\n')))];
    const explanation = explainJsonlRequests(renamed, requests, 'auto', 'log.jsonl');
    expect(explanation.known).toBe(true);
    expect(explanation.lines).toEqual([3, 6]);
  });
});
