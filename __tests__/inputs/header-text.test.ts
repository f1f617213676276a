import { describe, expect, it } from '@jest/globals'
import { toHeaderLabel, toHeaderText } from '../../src/inputs/header-text.js'
import {
  description,
  versionLabel
} from '../../src/inputs/parse-text-inputs.js'

describe('toHeaderText', () => {
  it.each([
    ['rollback – checkout 5xx', 'rollback - checkout 5xx'],
    ['Déploiement à Zürich', 'Deploiement a Zurich'],
    ['“quoted” ‘reason’ …', '"quoted" \'reason\' ...'],
    ['Straße, Łódź, Ørsted', 'Strasse, Lodz, Orsted'],
    ['line one\nline two\ttab', 'line one line two tab'],
    ['ﬁx ２', 'fix 2'],
    ['fire 🔥 now', 'fire ? now'],
    ['plain ASCII stays as it is ~!', 'plain ASCII stays as it is ~!']
  ])('%j → %j', (input, expected) => {
    const sent = toHeaderText(input)
    expect(sent).toBe(expected)
    expect(sent).toMatch(/^[\x20-\x7e]*$/)
  })

  it('cuts a label to VersionLabel’s 64 characters after spelling it', () => {
    expect(toHeaderLabel('ß'.repeat(40))).toBe('ss'.repeat(32))
  })
})

describe('the free-text inputs take any Unicode', () => {
  it('keeps the description as typed (a typographic dash, an accent)', () => {
    expect(description('Kill – paiement bloqué')).toBe('Kill – paiement bloqué')
  })

  it('keeps a version label as typed when its ASCII spelling has a non-digit', () => {
    expect(versionLabel('v1.4 – café')).toBe('v1.4 – café')
  })
})
