import * as wmill from "windmill-client";
import { createHmac, timingSafeEqual } from "node:crypto";

export async function main(payload: object, signature: string) {
  const secret = await wmill.getVariable("f/devops/github_webhook_secret");
  const expected = "sha256=" + createHmac("sha256", secret).update(JSON.stringify(payload)).digest("hex");
  const ok = expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  if (!ok) throw new Error("bad signature");
  return { accepted: true };
}
