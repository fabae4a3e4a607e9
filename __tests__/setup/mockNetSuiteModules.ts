// Every suite runs with Oracle's SuiteCloud stubs of the N modules the scripts use automocked (jest.mock), so unit
// tests give them data per test (__tests__/scripts/givenNetSuite.ts). Engine and end-to-end suites never import N modules.
jest.mock('N/cache');
jest.mock('N/config');
jest.mock('N/email');
jest.mock('N/error');
jest.mock('N/file');
jest.mock('N/format');
jest.mock('N/log');
jest.mock('N/query');
jest.mock('N/record');
jest.mock('N/runtime');
jest.mock('N/search');
jest.mock('N/task');
