/**
 * `npm test` runs everything, with coverage and its thresholds. `npm run test:unit` sets
 * JEST_SCOPE=unit: the in-process tests only (the inner loop), without coverage, so a partial
 * run cannot fail on the thresholds.
 */
const unit = process.env.JEST_SCOPE === 'unit'

/** Tests that start processes or servers, left out of the unit scope (each folder checked). */
const PROCESS_TESTS = [
  // dist/index.js as a child process against the emulator
  '/__tests__/e2e/',
  // the emulator's HTTP server, and aws-cli.test.ts the AWS CLI; deployment-plan is pure
  '/__tests__/emulator/(?!deployment-plan\\.test\\.ts$)',
  // the demo script as a child process
  '/__tests__/examples/demo\\.test\\.ts$'
]

/** @type {import('jest').Config} */
export default {
  clearMocks: true,
  collectCoverage: !unit,
  collectCoverageFrom: ['./src/**'],
  coverageDirectory: './coverage',
  // The generated schema validator (npm run schema) is Ajv's code, not ours to cover.
  coveragePathIgnorePatterns: [
    '/node_modules/',
    '/dist/',
    '/src/bundle/generated/'
  ],
  coverageReporters: ['json-summary', 'text-summary', 'lcov'],
  // About 2 points under what `npm test` measured after the second round (statements 87.3,
  // branches 77.1, functions 89.9, lines 88.0): a drop fails the run, noise does not. rollout/
  // and content/ are low in-process (revert, set-flags): their paths run in the e2e tests
  // through dist/, which this coverage does not see. Only checked when coverage is collected.
  coverageThreshold: {
    global: { statements: 85, branches: 75, functions: 87, lines: 86 }
  },
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: {
    // NodeNext requires './x.js' specifiers in TS source; map them to the .ts file
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/dist/',
    '/node_modules/',
    ...(unit ? PROCESS_TESTS : [])
  ],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  verbose: false
}
