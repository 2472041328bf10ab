import * as wmill from "windmill-client";

export async function main(day: string) {
  const digest = await wmill.runScriptByPath("u/bob/digest", { day: 3 }); // expect: WAC402
  return { day, digest };
}
