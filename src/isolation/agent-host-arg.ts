/** argv[0] that makes the bundle start as the agent-user helper (src/isolation/agent-host.ts); a file of its own so src/main.ts stays light. */
export const AGENT_HOST_ARG = '__evalgate-agent-host';
