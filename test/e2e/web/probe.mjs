// Runs the public API on the given cases and returns everything observable as JSON-able data. The same
// module runs under Node (where `reqlint` resolves to the Node build) and, bundled with the web
// conditions, inside an edge runtime, a page and a Web Worker; the tests compare the answers.
// Plain JavaScript: it imports the package by its name, as an application does.
import { applyFix, applyFixes, assertValidRequest, lint, lintJsonLines, reqlintFetch, requestLintErrorOf, toWireRequest } from 'reqlint';

export async function probe({ cases, planted, invalid }) {
  const findings = cases.map(({ text, jsonl, options }) =>
    JSON.stringify(jsonl ? lintJsonLines(text, options ?? {}) : lint(text, options ?? {}).diagnostics),
  );
  const fixed = applyFixes(planted);
  // One finding's fix and one suggestion, applied on their own (an editor's quick fix).
  const suggested = { model: 'o3', messages: [{ role: 'user', content: 'hi' }], tool_choice: 'auto' };
  const suggestion = lint(JSON.stringify(suggested, null, 2)).diagnostics.find((d) => d.suggestions?.length);
  const quickFixes = {
    fix: applyFix(planted, lint(planted).diagnostics.find((d) => d.fix).fix),
    suggestion: suggestion && applyFix(JSON.stringify(suggested, null, 2), suggestion.suggestions[0].fix),
  };
  let asserted;
  try {
    assertValidRequest(JSON.parse(invalid));
    asserted = 'no error';
  } catch (error) {
    asserted = { name: error.name, codes: (requestLintErrorOf(error)?.diagnostics ?? []).map((d) => d.ruleId) };
  }
  // The guard in front of a stand-in fetch: a bad request is answered with a 400 in the API's format and
  // never reaches the network; a good one goes through.
  const sent = [];
  const guarded = reqlintFetch(
    async (input) => {
      sent.push(String(input));
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
    { logger: false },
  );
  const url = 'https://api.openai.com/v1/chat/completions';
  const rejected = await guarded(url, { method: 'POST', body: invalid, headers: { 'content-type': 'application/json' } });
  const passed = await guarded(url, {
    method: 'POST',
    body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
  });
  return {
    findings,
    fixed: { output: fixed.output, fixed: fixed.fixed.map((d) => d.ruleId), remaining: fixed.remaining.map((d) => d.ruleId) },
    quickFixes,
    asserted,
    guard: { rejected: rejected.status, rejectedBody: await rejected.json(), passed: passed.status, sent },
    wire: toWireRequest({ model: 'o3', reasoning: { effort: 'high' }, maxTokens: 100 }, { api: 'langchain' }),
  };
}
