// juice's browser-safe entry: the same API as `juice` without the file and URL inliner.
declare module 'juice/client.js' {
  import juice from 'juice'
  export default juice
}
