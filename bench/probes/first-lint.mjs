// Start-up probe: a fresh process imports the built library through its package entry (what `import 'reqlint'` loads) and lints one small request, as an
// application's first pre-flight check would. The parent times the whole process (wall clock) and
// compares it with `node -e 0`. The request is inlined so no other module is loaded.
const { lint } = await import('reqlint');
const result = lint(
  {
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You are a concise assistant for a travel booking site.' },
      { role: 'user', content: 'Which documents do I need to fly from Paris to Montreal?' },
    ],
    temperature: 0.3,
    max_completion_tokens: 512,
  },
  { api: 'chat.completions' },
);
if (result.diagnostics.length !== 0) throw new Error(`the start-up probe request should be clean: ${JSON.stringify(result.diagnostics)}`);
