/** Command names and input schemas, combined from each area's file in `areas/` (one place per area). */
export { type CommandInput, type CommandName, commandDefs, commandNames, isCommandName } from '../areas/index';
