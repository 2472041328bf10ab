export const Scripts = {
  postStatus: "f/ops/post_status",
  restartHost: "f/ops/restart_host",
  collectCosts: "f/ops/collect_costs",
} as const;

export enum Flows {
  Escalate = "f/incidents/escalate",
  Canary = "f/deploy/canary",
}
