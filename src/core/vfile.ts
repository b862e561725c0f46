/** The one import of vfile: the file every stage reports on. */
export { VFile } from 'vfile'
