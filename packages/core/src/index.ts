export * from './skills/index.js';
