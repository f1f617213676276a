// npm run lockfile: adds to package-lock.json the platform builds of optional dependencies that
// `npm install` left out because this machine's registry mirror does not carry them (it serves
// Linux builds only). Without them `npm ci` refuses the lock file as out of sync. Each entry
// carries the package's os/cpu/libc, so npm skips it here and fetches it elsewhere by version.
import { readFileSync, writeFileSync } from 'node:fs'

const file = 'package-lock.json'
const lock = JSON.parse(readFileSync(file, 'utf8'))
const packages = lock.packages
const OS = {
  android: 'android',
  darwin: 'darwin',
  freebsd: 'freebsd',
  linux: 'linux',
  openharmony: 'openharmony',
  win32: 'win32',
  netbsd: 'netbsd',
  openbsd: 'openbsd',
  sunos: 'sunos',
  aix: 'aix'
}
const CPU = [
  'arm64',
  'arm',
  'x64',
  'ia32',
  'loong64',
  'ppc64',
  'riscv64',
  's390x',
  'mips64el',
  'wasm32'
]

function platformOf(name) {
  const parts = name.split('/').pop().split('-')
  const os = parts.find((p) => p in OS)
  const cpu = CPU.find((c) => parts.includes(c))
  if (!os || !cpu) return undefined
  const libc = parts.some((p) => p.startsWith('musl'))
    ? 'musl'
    : os === 'linux' && parts.some((p) => p.startsWith('gnu'))
      ? 'glibc'
      : undefined
  return { os: [OS[os]], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) }
}

let added = 0
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(
    entry.optionalDependencies ?? {}
  )) {
    const base = path === '' ? '' : `${path}/`
    if (
      packages[`${base}node_modules/${name}`] ||
      packages[`node_modules/${name}`]
    )
      continue
    const platform = platformOf(name)
    if (!platform) {
      console.warn(`skipped ${name}: cannot tell its platform from its name`)
      continue
    }
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform
    }
    added++
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)
  )
)
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`package-lock.json: ${added} optional platform entries added`)
