import type { Position } from './problem.js'

/** Maps string offsets to 1-based line/column, for JSON and YAML alike. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1)
    }
  }

  /** The position of a character offset (clamped to the text). */
  at(offset: number): Position {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] ?? Infinity) <= offset) low = mid
      else high = mid - 1
    }
    const start = this.starts[low] ?? 0
    return { line: low + 1, col: Math.max(0, offset - start) + 1 }
  }
}
