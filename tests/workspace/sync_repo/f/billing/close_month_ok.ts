import * as wmill from "windmill-client";

export async function main(month: string) {
  return await wmill.runFlow("f/billing/month_close", { month });
}
