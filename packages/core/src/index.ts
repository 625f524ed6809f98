export * from './skills/index.js';
export * from './text.js';
