import * as wmill from "windmill-client";

async function start(month: string): Promise<string> {
  return await wmill.runFlowAsync("f/billing/month_close", { month, dryRun: true });  // expect: WAC402
}

export async function main(month: string) {
  return await start(month);
}
