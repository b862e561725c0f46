/** The one import of commander: the CLI's option parsing. */
export { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
