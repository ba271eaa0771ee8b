import type { EmbeddedSchemaNode, StrictSchemaNode } from '../nodes.js';
import { analyze, type SchemaAnalysis } from './analyze.js';
import { measureDetails, type SchemaSize } from './measure.js';

/**
 * An embedded schema the API holds to the strict subset, as the structured-outputs rules see it: the
 * analysis they all start from is made on first read and shared by every rule (a dozen rules ask
 * for it on every such schema), and the size contributions are listed only when a rule has a limit
 * to report.
 */
export class StrictSchema implements StrictSchemaNode {
  readonly api: EmbeddedSchemaNode['api'];
  readonly path: string;
  readonly schema: Record<string, unknown>;
  readonly strict: boolean;
  readonly strictImplied: boolean | undefined;
  readonly owner: EmbeddedSchemaNode['owner'];
  private analysisMade: SchemaAnalysis | undefined;
  private sizeMade: SchemaSize | undefined;

  constructor(node: EmbeddedSchemaNode) {
    this.api = node.api;
    this.path = node.path;
    this.schema = node.schema;
    this.strict = node.strict;
    this.strictImplied = node.strictImplied;
    this.owner = node.owner;
  }

  get analysis(): SchemaAnalysis {
    return (this.analysisMade ??= analyze(this.schema, this.path));
  }

  get sizeContributions(): SchemaSize {
    return (this.sizeMade ??= measureDetails(this.schema, this.path));
  }
}
