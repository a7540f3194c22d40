import type { ActionInputs } from '../inputs.js';
import type { RenderOptions } from '../report/markdown.js';

/** What the inputs change in the rendered comment and summary. */
export function renderOptions(inputs: ActionInputs): RenderOptions {
  return {
    approvePermission: inputs.approvePermission,
    approvalScope: inputs.approvalScope,
  };
}
