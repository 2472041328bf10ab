import * as wmill from "windmill-client";

export async function main(email: string) {
  return await wmill.runScriptByPath("u/dana/score", { email, weight: "heavy" });  // expect: WAC402
}
