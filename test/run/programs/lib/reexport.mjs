// Helper module: re-exports.
export * from './math.mjs';
export { default as cubeAgain } from './math.mjs';
export * as ns from './math.mjs';
