/**
 * The proxy the environment names for a URL, the way curl and most tools read it:
 * HTTPS_PROXY (or https_proxy) for https URLs, HTTP_PROXY for http ones, ALL_PROXY for
 * either, unless NO_PROXY lists the host. NO_PROXY entries are separated by commas or spaces;
 * `*` exempts everything; `example.com`, `.example.com` and `*.example.com` exempt the domain
 * and its subdomains; an entry may end in `:port`. Undefined means connect directly.
 */
export function proxyFor(
  url: string,
  env: NodeJS.ProcessEnv
): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const scheme = parsed.protocol.replace(/:$/, '')
  const proxy =
    variable(env, `${scheme}_proxy`) || variable(env, 'all_proxy') || ''
  if (proxy === '') return undefined
  const port =
    parsed.port || (scheme === 'https' ? '443' : scheme === 'http' ? '80' : '')
  return exempt(parsed.hostname.toLowerCase(), port, variable(env, 'no_proxy'))
    ? undefined
    : proxy
}

/** Lower case first (curl's choice), then upper case. */
function variable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined
}

function exempt(
  host: string,
  port: string,
  noProxy: string | undefined
): boolean {
  if (noProxy === undefined) return false
  // An IPv6 literal comes without brackets from URL.hostname in NO_PROXY terms.
  const bare = host.replace(/^\[|\]$/g, '')
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true
      const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase())
      const domain = (match?.[1] ?? '')
        .replace(/^\*?\./, '')
        .replace(/^\[|\]$/g, '')
      const entryPort = match?.[2]
      if (entryPort !== undefined && entryPort !== port) return false
      return bare === domain || bare.endsWith(`.${domain}`)
    })
}
