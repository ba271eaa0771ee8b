export * from './content.js';
export * from './input-items.js';
export * from './request.js';
export * from './text.js';
export * from './tool-choice.js';
export * from './tools.js';
export type * from './types.js';
