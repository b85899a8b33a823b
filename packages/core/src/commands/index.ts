/** Command names and input schemas, combined from each area's file in `areas/` (one place per area). */
export {
  type CommandArgs,
  type CommandInput,
  type CommandName,
  commandDefs,
  commandNames,
  isCommandName,
  type SyncCommandName,
} from '../areas/index';
