/**
 * Every request schema and its derived types. The documented differences from the official spec
 * (`conformance-exceptions.ts`) are for the conformance tests only, so they stay out of the library.
 */
export * from './shared.js';
export * from './chat-completions/index.js';
export * from './responses/index.js';
