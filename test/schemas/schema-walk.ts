/**
 * Walks an `as const` JSON Schema and yields every subschema with its JSON Pointer, so tests can
 * check house rules (closed objects, descriptions, allowed vocabulary) on every node.
 */
export type SchemaObject = { readonly [key: string]: unknown };

export interface SchemaVisit {
  pointer: string;
  node: SchemaObject;
  /** Set when the node is the schema of an object property. */
  propertyName?: string;
}

const singleSubschema = ['items', 'additionalProperties', 'propertyNames', 'not', 'contains'] as const;
const subschemaLists = ['anyOf', 'oneOf', 'allOf'] as const;

export function* walkSchema(node: unknown, pointer = ''): Generator<SchemaVisit> {
  if (!isSchemaObject(node)) return;
  yield { pointer, node };
  const properties = node['properties'];
  if (isSchemaObject(properties)) {
    for (const [name, child] of Object.entries(properties)) {
      const childPointer = `${pointer}/properties/${escapePointer(name)}`;
      if (isSchemaObject(child)) yield { pointer: childPointer, node: child, propertyName: name };
      for (const visit of walkSchema(child, childPointer)) if (visit.pointer !== childPointer) yield visit;
    }
  }
  for (const key of singleSubschema) yield* walkSchema(node[key], `${pointer}/${key}`);
  for (const key of subschemaLists) {
    const list = node[key];
    if (Array.isArray(list)) for (const [i, child] of list.entries()) yield* walkSchema(child, `${pointer}/${key}/${i}`);
  }
}

export function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
