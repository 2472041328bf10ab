// SDK: windmill-client 1.818.0: task / step / taskScript / waitForApproval / workflow are plain exported functions; re-exporting keeps their names
// Team entry point for the WAC primitives: shop scripts import from here.
export {
  getApprovalUrls,
  parallel,
  sleep,
  step,
  task,
  taskFlow,
  taskScript,
  waitForApproval,
  workflow,
} from "windmill-client";

export const DEFAULT_TIMEOUT_S = 300;
