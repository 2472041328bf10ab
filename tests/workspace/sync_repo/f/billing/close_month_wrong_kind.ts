import { runScriptByPath } from "windmill-client";

export async function main(month: string) {
  return await runScriptByPath("f/billing/month_close", { month });  // expect: WAC401
}
