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
  // 3 points under what `npm test` measured on 2026-11-29 (statements 87.4, branches 81.9,
  // functions 97.5, lines 87.7): a drop fails the run, noise does not. Only checked when
  // coverage is collected, so not by test:unit or `jest --coverage=false <file>`.
  coverageThreshold: {
    global: { statements: 84, branches: 78, functions: 94, lines: 84 }
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
