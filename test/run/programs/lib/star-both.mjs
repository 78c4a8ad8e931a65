// Helper: two star exports with a conflicting name, one namespace re-export.
export * from './star-a.mjs';
export * from './star-b.mjs';
export * as bNamespace from './star-b.mjs';
export { onlyA as renamedA } from './star-a.mjs';
