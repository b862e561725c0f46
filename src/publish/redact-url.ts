/**
 * URLs as they may be shown: userinfo and secret-like query parameters (`secret`, `access_token`,
 * `password`, `key`, `sig` …) replaced by `***`. Works on whole texts (error messages) too.
 */
const SECRET_PARAM =
  /^(.*secret.*|.*token.*|.*password.*|passwd|pwd|key|api_?key|sig|signature|auth.*|credential.*)$/i

export function redactUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return redactText(url)
  }
  if (parsed.username) parsed.username = '***'
  if (parsed.password) parsed.password = '***'
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(key)) parsed.searchParams.set(key, '***')
  }
  return parsed.toString().replace(/%2A%2A%2A/g, '***')
}

/** Redacts every URL-ish credential in free text. */
export function redactText(text: string): string {
  return text
    .replace(/(\/\/)[^/\s:@]+(:[^/\s@]*)?@/g, '$1***@')
    .replace(/([?&](?:[\w-]*(?:secret|token|password)[\w-]*|key|sig|signature)=)[^&\s"']+/gi, '$1***')
}
