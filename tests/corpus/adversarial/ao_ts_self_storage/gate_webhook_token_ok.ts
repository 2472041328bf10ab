// SDK: windmill-client 1.818.0: jsonwebtoken verify() inside step() runs in the first round only and its claims are checkpointed, so the replay after the sleep reads the same claims
import { sleep, step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import jwt from "jsonwebtoken";

type GateClaims = { tenantId: string; unit: string; door: string };

const gateSecret = task(async (): Promise<string> => await wmill.getVariable("f/storage/gate_jwt_secret"));

const openDoor = task(async (claims: GateClaims) => {
  const r = await fetch(`https://gates.example-storage.com/api/doors/${claims.door}/open`, { method: "POST", body: JSON.stringify(claims) });
  return r.ok;
});

const lockDoor = task(async (door: string) => {
  const r = await fetch(`https://gates.example-storage.com/api/doors/${door}/lock`, { method: "POST" });
  return r.ok;
});

export const main = workflow(async (token: string, holdOpenSeconds = 120) => {
  const secret = await gateSecret();
  const claims = await step("claims", () => jwt.verify(token, secret) as GateClaims);
  const opened = await openDoor(claims);
  await sleep(holdOpenSeconds);
  const locked = await lockDoor(claims.door);
  return { unit: claims.unit, opened, locked };
});
