import { didYouMean } from '../did-you-mean.js';

/** The option table given to `node:util`'s `parseArgs`, as far as its errors need it. */
type OptionTable = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

/**
 * `parseArgs`' errors in ESLint's terms: Node's text quotes unevenly (`'-- "--bogus"`) and has no
 * did-you-mean, which is what a mistyped flag needs. Errors it does not know keep Node's message.
 */
export function describeParseArgsError(error: unknown, options: OptionTable): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (flag !== undefined) {
      const near = nearestFlag(flag, options);
      if (near !== undefined) return `Unknown option \`${flag}\`. Did you mean \`${near}\`?`;
      // Node's own message said this; an API error such as "-1 is less than the minimum…" starts with a dash.
      const dashed = flag.startsWith('--') ? '' : ' An argument that starts with `-` (an API error, a file name) goes after `--`.';
      return `Unknown option \`${flag}\`.${dashed}`;
    }
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--([a-z][\w-]*)/.exec(message)?.[1];
    if (long !== undefined && options[long] !== undefined)
      return options[long].type === 'string' ? `\`--${long}\` needs a value.` : `\`--${long}\` does not take a value.`;
  }
  return message;
}

/** The known flag closest to a mistyped one, when it is close enough to be the one meant. */
function nearestFlag(flag: string, options: OptionTable): string | undefined {
  const word = flag.replace(/=.*$/, '');
  if (!word.startsWith('--')) return undefined;
  const near = didYouMean(word.slice(2), Object.keys(options));
  return near === undefined ? undefined : `--${near}`;
}
