import * as wmill from "windmill-client";

async function start(month: string): Promise<string> {
  return await wmill.runFlowAsync("f/billing/month_close", { month, dry_run: true });
}

export async function main(month: string) {
  return await start(month);
}
