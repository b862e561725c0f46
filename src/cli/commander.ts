/** The one import of commander: the CLI's option parsing. */
export { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander'
