import { describe, expect, it } from '@jest/globals'
import { proxyFor } from '../../src/aws/proxy-for.js'

const AWS = 'https://appconfig.us-east-1.amazonaws.com'
const PROXY = 'http://proxy.corp:3128'

describe('proxyFor', () => {
  it('connects directly when no proxy variable is set', () => {
    expect(proxyFor(AWS, {})).toBeUndefined()
  })

  it('uses HTTPS_PROXY (or https_proxy, which wins) for https endpoints', () => {
    expect(proxyFor(AWS, { HTTPS_PROXY: PROXY })).toBe(PROXY)
    expect(
      proxyFor(AWS, { HTTPS_PROXY: 'http://upper:1', https_proxy: PROXY })
    ).toBe(PROXY)
    // HTTP_PROXY is for http URLs only, as curl reads it.
    expect(proxyFor(AWS, { HTTP_PROXY: PROXY })).toBeUndefined()
    expect(proxyFor('http://127.0.0.1:4566', { HTTP_PROXY: PROXY })).toBe(PROXY)
    expect(proxyFor(AWS, { ALL_PROXY: PROXY })).toBe(PROXY)
  })

  it.each([
    ['*', true],
    ['amazonaws.com', true],
    ['.amazonaws.com', true],
    ['*.amazonaws.com', true],
    ['localhost, .amazonaws.com', true],
    ['appconfig.us-east-1.amazonaws.com:443', true],
    ['appconfig.us-east-1.amazonaws.com:8443', false],
    ['zonaws.com', false],
    ['example.com,localhost', false]
  ])('NO_PROXY=%p exempts the AWS endpoint: %p', (noProxy, exempt) => {
    expect(proxyFor(AWS, { HTTPS_PROXY: PROXY, NO_PROXY: noProxy })).toBe(
      exempt ? undefined : PROXY
    )
  })

  it('reads no_proxy in lower case too, and ignores a URL it cannot parse', () => {
    expect(
      proxyFor('http://127.0.0.1:4566', {
        http_proxy: PROXY,
        no_proxy: '127.0.0.1'
      })
    ).toBeUndefined()
    expect(proxyFor('not a url', { HTTPS_PROXY: PROXY })).toBeUndefined()
  })
})
