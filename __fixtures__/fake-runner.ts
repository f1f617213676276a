import type { AnnotationProperties, Runner } from '../src/runner.js'

/** A runner that records what the action did, for main.ts tests. */
export class FakeRunner implements Runner {
  readonly outputs = new Map<string, string>()
  readonly annotations: {
    level: 'error' | 'warning' | 'notice'
    message: string
    properties?: AnnotationProperties
  }[] = []
  /** Log lines in order: info as is, debug as `debug: …`, groups as `group: …` / `endgroup`. */
  readonly logs: string[] = []
  readonly failures: string[] = []
  readonly secrets: string[] = []
  readonly state = new Map<string, string>()
  summary = ''
  summaryFails = false
  debugging = false

  constructor(private readonly inputs: Record<string, string>) {}

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim()
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
  }
  setSecret(value: string): void {
    this.secrets.push(value)
  }
  isDebug(): boolean {
    return this.debugging
  }
  debug(message: string): void {
    this.logs.push(`debug: ${message}`)
  }
  info(message: string): void {
    this.logs.push(message)
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'notice', message, properties })
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'warning', message, properties })
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'error', message, properties })
  }
  startGroup(name: string): void {
    this.logs.push(`group: ${name}`)
  }
  endGroup(): void {
    this.logs.push('endgroup')
  }
  saveState(name: string, value: string): void {
    this.state.set(name, value)
  }
  getState(name: string): string {
    return this.state.get(name) ?? ''
  }
  appendSummary(markdown: string): Promise<void> {
    if (this.summaryFails)
      return Promise.reject(new Error('EACCES: permission denied'))
    this.summary += markdown
    return Promise.resolve()
  }
  setFailed(message: string): void {
    this.failures.push(message)
  }
}
