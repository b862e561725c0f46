/** The one import of zod: schemas of config, front-matter, ledgers, themes and the PR artifact. */
export { z } from 'zod'
