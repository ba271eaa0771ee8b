import { lastSegment, parentPointer, pointerToDisplayPath } from './json-pointer.js';
import type { JsonPatch, JsonPatchOperation } from './types.js';

/**
 * What a safe fix does, in words for a menu or a button: `Rename \`max_tokens\` to
 * \`max_completion_tokens\``, `Remove \`temperature\``, `Set \`parallel_tool_calls\` to false`. A
 * diagnostic's `fix` has no message of its own (a suggestion has one), so editors and the playground
 * title it with this. Paths are written as the messages write them (`tools[0].function.strict`).
 */
export function describeFix(fix: JsonPatch): string {
  const changes = fix.filter((operation) => operation.op !== 'test').map(describeOperation);
  if (changes.length === 0) return 'Fix';
  const [first, second] = changes;
  const said = changes.length <= 2 ? changes.join(' and ') : `${first}, ${second} and ${changes.length - 2} more changes`;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

function describeOperation(operation: JsonPatchOperation): string {
  switch (operation.op) {
    case 'remove':
      return `remove ${named(operation.path)}`;
    case 'move':
      return parentPointer(operation.from) === parentPointer(operation.path)
        ? `rename ${named(operation.from)} to \`${lastSegment(operation.path) ?? ''}\``
        : `move ${named(operation.from)} to ${named(operation.path)}`;
    case 'copy':
      return `copy ${named(operation.from)} to ${named(operation.path)}`;
    case 'replace':
      return `set ${named(operation.path)}${shortValue(operation.value)}`;
    case 'add': {
      if (lastSegment(operation.path) === '-') return `add${shortValue(operation.value, ' ')} to ${named(parentPointer(operation.path))}`;
      const value = shortValue(operation.value);
      return value === '' ? `add ${named(operation.path)}` : `set ${named(operation.path)}${value}`;
    }
    case 'test':
      return '';
  }
}

function named(pointer: string): string {
  return pointer === '' ? 'the request' : `\`${pointerToDisplayPath(pointer)}\``;
}

/** ` to 0.2`, ` to "auto"` for a short scalar (or `separator` + it); nothing for objects and long values. */
function shortValue(value: unknown, separator = ' to '): string {
  if (value !== null && typeof value === 'object') return '';
  const text = JSON.stringify(value) ?? '';
  return text.length <= 30 ? `${separator}${typeof value === 'string' ? `\`${text}\`` : text}` : '';
}
