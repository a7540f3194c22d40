import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Test files share a worker's module cache instead of each importing src/ (and zod, yaml,
    // ajv, openai, Octokit) afresh: that import was about half of the suite's CPU time (unit
    // tests: 17.2 s → 8.2 s of CPU). Safe here because no test mocks modules (`vi.mock`), and
    // the tests that change process.env put it back. Workers stay processes (`forks`): tests
    // send signals and start process groups.
    isolate: false,
    // Two test files at a time, not vitest's default of cores − 1 (one file at a time on a 2-core
    // runner): the slow files mostly wait on the processes they start (the bundle, agents, git),
    // so a second worker uses the idle core. 297 s → 164 s for the suite on 2 vCPU; the suite is
    // written to pass under load (see README, Development).
    maxWorkers: 2,
  },
});
