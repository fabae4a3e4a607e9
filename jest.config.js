// Oracle's SuiteCloud jest configuration (N/* module stubs, AMD transform for .js) plus ts-jest for our TypeScript.
const SuiteCloudJestConfiguration = require('@oracle/suitecloud-unit-testing/jest-configuration/SuiteCloudJestConfiguration');

const suitecloud = SuiteCloudJestConfiguration.build({
  projectFolder: '.',
  projectType: SuiteCloudJestConfiguration.ProjectType.ACP,
});

module.exports = {
  ...suitecloud,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/tools/**/__tests__/**/*.test.ts'],
  transform: {
    ...suitecloud.transform,
    // Type-checking is its own step (npm run typecheck); here ts-jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/mockNetSuiteModules.ts'],
  // Fresh fakes per test: mock implementations and recorded calls never leak from one test into the next.
  resetMocks: true,
};
