// Loaded lazily on the first write (its own chunk: core's command schemas and zod, ADR 0018), so
// the first load carries no zod. The service worker precaches the chunk: it works offline.
export { commandProblems } from '@mentora/core';
