import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The parts of the event payload EvalGate reads; everything else is ignored. */
const PullRequestPayload = z.object({
  action: z.string().optional(),
  number: z.number().int().optional(),
  label: z.object({ name: z.string() }).nullable().optional(),
  pull_request: z
    .object({
      number: z.number().int(),
      head: z.object({ sha: z.string(), ref: z.string().optional(), repo: z.object({ full_name: z.string() }).nullable().optional() }),
      base: z.object({ sha: z.string(), ref: z.string().optional(), repo: z.object({ full_name: z.string() }).nullable().optional() }),
    })
    .optional(),
  after: z.string().optional(),
  sender: z.object({ login: z.string() }).nullable().optional(),
  repository: z.object({ full_name: z.string(), default_branch: z.string().optional() }).optional(),
});

export interface EventContext {
  eventName: string;
  /** The event's action (`opened`, `synchronize`, `labeled`, …), if any. */
  action: string | null;
  repo: { owner: string; repo: string };
  /** Commit the workflow runs on (`GITHUB_SHA`; the merge commit for pull_request events). */
  sha: string | null;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runUrl: string | null;
  runId: string | null;
  pullRequest: {
    number: number;
    headSha: string;
    baseSha: string;
    isFork: boolean;
  } | null;
  /** Label named by a labeled/unlabeled event. */
  label: string | null;
  /** Who triggered the event (`sender.login`). */
  sender: string | null;
  /** `GITHUB_RUN_ATTEMPT`: above 1 on a re-run, which replays the original payload. */
  runAttempt: number;
  defaultBranch: string | null;
  ref: string | null;
}

/** Reads the runner's environment and event payload (GITHUB_EVENT_PATH) into one object. */
export function readEventContext(env: NodeJS.ProcessEnv, cwd: string): EventContext {
  let raw: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      raw = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${(error as Error).message}`, { cause: error });
    }
  }
  const parsed = PullRequestPayload.safeParse(raw);
  const payload = parsed.success ? parsed.data : {};
  const full = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set (expected "owner/repo"); is this running inside GitHub Actions?');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const pr = payload.pull_request;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    action: payload.action ?? null,
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? null,
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${full}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    runId: env.GITHUB_RUN_ID ?? null,
    pullRequest: pr
      ? {
          number: pr.number,
          headSha: pr.head.sha,
          baseSha: pr.base.sha,
          // A deleted fork arrives as head.repo: null; it is still not this repository.
          isFork: pr.head.repo === null || (!!pr.head.repo && !!pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        }
      : null,
    label: payload.label?.name ?? null,
    sender: payload.sender?.login ?? null,
    runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1,
    defaultBranch: payload.repository?.default_branch ?? null,
    ref: env.GITHUB_REF ?? null,
  };
}
