import type { AnnotationProperties, Runner } from '../src/runner.js'

/** A runner that records what the action did, for main.ts tests. */
export class FakeRunner implements Runner {
  readonly outputs = new Map<string, string>()
  readonly annotations: {
    level: 'error' | 'warning'
    message: string
    properties?: AnnotationProperties
  }[] = []
  readonly logs: string[] = []
  readonly failures: string[] = []
  summary = ''
  summaryFails = false

  constructor(private readonly inputs: Record<string, string>) {}

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim()
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
  }
  info(message: string): void {
    this.logs.push(message)
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'warning', message, properties })
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.annotations.push({ level: 'error', message, properties })
  }
  appendSummary(markdown: string): void {
    if (this.summaryFails) throw new Error('EACCES: permission denied')
    this.summary += markdown
  }
  setFailed(message: string): void {
    this.failures.push(message)
  }
}
