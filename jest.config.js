/** Jest runs the TypeScript sources as native ES modules, because ky ships ESM only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 20000,
  // A cache inside the checkout: a shared one in the OS temp directory outlives clones and once
  // served a CommonJS build of a module to an ESM run.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};
