import * as wmill from "windmill-client";

export async function main(sid: string, status: string) {
  await wmill.setFlowUserState("last_sms", { sid, status });
  return { sid, status };
}
