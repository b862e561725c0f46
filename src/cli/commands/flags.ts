/**
 * The parsed options of each command, shared by the command's definition (`<name>.ts`) and its
 * runner (`run-<name>.ts`), so neither imports the other's module.
 */

export interface CheckFlags {
  format: 'pretty' | 'json' | 'github' | 'markdown'
  content?: string
  config?: string
  now?: string
  changed?: string
  quiet?: boolean
  fix?: boolean
  fixDryRun?: boolean
  cache: boolean
  jobs?: number
  locale?: 'en' | 'zh-CN'
}

export interface DueFlags {
  now?: string
  content?: string
  config?: string
  locale?: 'en' | 'zh-CN'
}

export interface PlanFlags {
  format: 'pretty' | 'json' | 'ics' | 'markdown'
  now?: string
  content?: string
  config?: string
  locale?: 'en' | 'zh-CN'
}

export interface PrCheckFlags {
  base?: string
  artifact: string
  now?: string
  content?: string
  config?: string
  screenshots: boolean
  chromium?: string
  locale?: 'en' | 'zh-CN'
}

export interface PrReportFlags {
  artifact: string
  now?: string
  locale?: 'en' | 'zh-CN'
}

export interface PublishFlags {
  now?: string
  dryRun?: boolean
  mode?: 'draft' | 'publish' | 'broadcast'
  only?: string
  preflight?: boolean
  alert?: boolean
  lockWait?: number
  poll?: number
  lockMaxAge?: number
  content?: string
  config?: string
  locale?: 'en' | 'zh-CN'
}

export interface RenderFlags {
  out: string
  theme?: string
  format: 'pretty' | 'json'
  content?: string
  config?: string
  cache: boolean
  jobs?: number
  locale?: 'en' | 'zh-CN'
}

export interface StateFlags {
  branch: string
  remote: string
  message?: string
  attempts?: number
  locale?: 'en' | 'zh-CN'
}

export interface StatsFlags {
  format: 'pretty' | 'json' | 'markdown'
  post?: boolean
  now?: string
  content?: string
  config?: string
  locale?: 'en' | 'zh-CN'
}
