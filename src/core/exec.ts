/** The one import of execa: runs git (and other programs) without a shell. */
export { execa } from 'execa'
