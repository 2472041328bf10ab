export enum Scripts {
  Provision = "f/rcc_ops/provision_account",
  SetQuota = "f/rcc_ops/set_quota",
  NotifyPi = "f/rcc_ops/notify_pi",
}

export const FLOWS = {
  archive: "f/storage/archive_project",
  drain: "f/hpc/drain_node",
} as const;
