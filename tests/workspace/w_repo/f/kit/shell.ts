// Shell helpers (Bun's `$`).
import { $ } from "bun";

export async function archiveCampaign(dir: string): Promise<string> {
  const target = `${dir}.tar.gz`;
  await $`tar -czf ${target} ${dir}`.quiet();
  return target;
}

export function archiveName(campaign: string): string {
  return `${campaign.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.tar.gz`;
}
