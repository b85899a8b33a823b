export {
  accountsCore,
  ById,
  type CommandDef,
  type CoreArea,
  coreArea,
  groupsCore,
  orgCore,
  personsCore,
  programsCore,
  rolesCore,
  syncCore,
} from './areas/index';
export * from './commands/index';
export * from './errors/index';
export * from './http/responses';
export * from './model/common';
export * from './model/group';
export * from './model/org-unit';
export * from './model/person';
export * from './model/program';
export * from './model/role-assignment';
export * from './model/roles';
export * from './model/user';
export * from './policy/index';
export * from './sync/protocol';
