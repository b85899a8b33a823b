import type { Actor } from './actor';

/** The actions every area has; an area adds its own domain actions beside them. */
export type Crud = 'read' | 'create' | 'update' | 'delete';
export const CRUD = ['read', 'create', 'update', 'delete'] as const satisfies readonly Crud[];

/**
 * One resource type's policy: the actions it knows and the rule that answers them. `can()` refuses
 * an action the resource did not declare before the rule runs, so a rule never sees one.
 */
export interface ResourcePolicy<R extends { type: string }, A extends string> {
  readonly type: R['type'];
  readonly actions: readonly A[];
  readonly rule: (actor: Actor, action: A, resource: R) => boolean;
}

/**
 * Declares the policy of one resource type: `resourcePolicy<Visit>()('visit', [...CRUD, 'acknowledge'], rule)`.
 * Curried so the resource type is written once and the action union is inferred from the list.
 */
export function resourcePolicy<R extends { type: string }>() {
  return <const A extends string>(
    type: R['type'],
    actions: readonly A[],
    rule: (actor: Actor, action: A, resource: R) => boolean,
  ): ResourcePolicy<R, A> => ({ type, actions, rule });
}
