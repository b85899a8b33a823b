// `@mentora/core/sync`: the sync table list, the records and the protocol's types, without zod
// (protocol.ts's request schemas stay on the server side of the main entry).
export * from './limits';
export type {
  Change,
  Mutation,
  MutationError,
  MutationStatus,
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  RejectedMutation,
} from './protocol';
export * from './tables';
