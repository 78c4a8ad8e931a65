// Helper (TypeScript types only).
export interface Shape { area(): number }
