/** Every request schema, its derived types, and the documented differences from the official spec. */
export * from './shared.js';
export * from './chat-completions/index.js';
export * from './responses/index.js';
export * from './conformance-exceptions.js';
