/** A file that is generated from source and committed; `path` is relative to the repository root. */
export interface GeneratedFile {
  path: string;
  content: string;
}
