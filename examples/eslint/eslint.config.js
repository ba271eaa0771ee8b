// The two lines a project adds (plus the TypeScript parser it already has).
import tsParser from '@typescript-eslint/parser';
import reqlint from 'reqlint/eslint-plugin';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  reqlint.configs.recommended,
];
