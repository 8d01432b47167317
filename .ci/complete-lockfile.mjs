// The npm registry this project installs from serves only the linux-x64 builds of packages
// that ship one optional package per platform (rollup, tailwind's oxide). `npm install` then
// leaves the other platforms out of package-lock.json, and `npm ci` refuses the lock as out of
// sync. This adds the missing entries as optional, platform-tagged stubs — npm skips them on
// any other platform and never fetches them. Idempotent; run it after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const platform = /-(android|darwin|freebsd|linux|win32|openbsd|openharmony|wasm32)(?:-(arm64|x64|arm|ia32|loong64|ppc64|riscv64|s390x))?/

let added = 0
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`
    if (lock.packages[key]) continue
    const stub = { version, optional: true, ...(entry.dev ? { dev: true } : {}) }
    const match = platform.exec(name)
    if (match?.[1] === 'wasm32') stub.cpu = ['wasm32']
    else if (match) Object.assign(stub, { os: [match[1]] }, match[2] ? { cpu: [match[2]] } : {})
    lock.packages[key] = stub
    added++
  }
}
if (added) {
  const [root, ...rest] = Object.entries(lock.packages)
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b))])
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
}
console.log(`complete-lockfile: ${added} platform stub(s) added`)
