import type { EmbeddedSchemaNode } from '../nodes.js';

/**
 * How messages name the schema a finding belongs to, the way the API names it in its errors
 * ("Invalid schema for function 'NAME'"). Unknown owner kinds (a dialect added later) fall back to
 * the owner's name alone rather than failing.
 */
export function ownerLabel(node: EmbeddedSchemaNode): string {
  return schemaOwnerLabel(node.owner);
}

/** The same for an owner given by its kind and name (a front-end that rewords a name it supplied). */
export function schemaOwnerLabel(owner: { kind: string; name: string }): string {
  if (owner.kind === 'function') return `function \`${owner.name}\``;
  if (owner.kind === 'response_format') return `response format \`${owner.name}\``;
  return `\`${owner.name}\``;
}
