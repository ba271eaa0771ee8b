/** A request that breaks one rule exactly once, and the pointer where that rule must report. */
export interface Violation {
  request: Record<string, unknown>;
  path: string;
  /** Lint options the violation needs (e.g. `api` for a dialect the body alone does not reveal). */
  api?: 'chat.completions' | 'responses' | 'langchain';
}
