// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: body replays every round); Bun.password.hash salts with random bytes (a new hash each call), Bun.randomUUIDv7 mixes the clock and randomness
import { task, workflow } from "windmill-client";

type ResetRequest = { email: string; requestedBy: string };

const storeResetToken = task(async function storeResetToken(email: string, tokenHash: string, tokenId: string) {
  await fetch("https://accounts.internal/reset-tokens", {
    method: "POST",
    body: JSON.stringify({ email, tokenHash, tokenId, ttl: 3600 }),
  });
  return { stored: true };
});

const mailResetLink = task(async function mailResetLink(email: string, tokenId: string, secret: string) {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "reset", link: `https://app.example.com/reset/${tokenId}?s=${secret}` }),
  });
});

function makeSecret(email: string): string {
  return Bun.hash(email + ":reset").toString(36);
}

export const main = workflow(async (req: ResetRequest) => {
  const secret = makeSecret(req.email);
  const tokenHash = await Bun.password.hash(secret, { algorithm: "argon2id" }); // expect: WAC102
  const tokenId = Bun.randomUUIDv7(); // expect: WAC102

  await storeResetToken(req.email, tokenHash, tokenId);
  await mailResetLink(req.email, tokenId, secret);
  return { email: req.email, tokenId };
});
