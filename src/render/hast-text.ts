/** The one import of hast-util-to-string: the text of an element, for the render plugins. */
export { toString as hastText } from 'hast-util-to-string'
