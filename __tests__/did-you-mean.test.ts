import { describe, expect, it } from '@jest/globals'
import { didYouMean } from '../src/did-you-mean.js'

describe('didYouMean', () => {
  it.each([
    ['attrbutes', ['name', 'description', 'attributes'], 'attributes'],
    ['atributes', ['attributes'], 'attributes'],
    ['attribtues', ['attributes'], 'attributes'], // two letters swapped
    ['Attributes', ['attributes'], 'attributes'], // case
    ['valeus', ['version', 'flags', 'values'], 'values'],
    ['flag', ['version', 'flags', 'values'], 'flags'],
    ['enabeld', ['enabled', '_variants'], 'enabled'],
    ['discont', ['discount', 'currency'], 'discount'],
    ['contraints', ['description', 'constraints'], 'constraints']
  ])('%s → %s', (word, candidates, meant) => {
    expect(didYouMean(word, candidates)).toBe(meant)
  })

  it.each([
    ['colour', ['name', 'description', 'attributes']],
    ['ab', ['xy']], // short names allow one edit only
    ['nmae', ['rule']],
    ['attributes', ['attributes']] // itself is no suggestion
  ])('%s: no suggestion', (word, candidates) => {
    expect(didYouMean(word, candidates)).toBeUndefined()
  })

  it('prefers the closest candidate', () => {
    expect(didYouMean('enabledd', ['enable', 'enabled'])).toBe('enabled')
    expect(didYouMean('rul', ['rule', 'rules'])).toBe('rule')
  })
})
