// SDK: windmill-client 1.818.0 workflow()/task()/step() (client.mjs: step's result is checkpointed and replayed); Bun.password.verify and Bun.CryptoHasher are deterministic for their inputs
import { task, step, workflow } from "windmill-client";

type ResetRequest = { email: string; currentPassword: string; storedHash: string };

const rotateCredentials = task(async function rotateCredentials(email: string, newHash: string) {
  await fetch("https://accounts.internal/credentials", {
    method: "PUT",
    body: JSON.stringify({ email, hash: newHash }),
  });
  return { rotated: true };
});

function fingerprint(email: string): string {
  return new Bun.CryptoHasher("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export const main = workflow(async (req: ResetRequest, newPassword: string) => {
  // verifying against the stored hash gives the same answer every replay
  const ok = await Bun.password.verify(req.currentPassword, req.storedHash);
  if (!ok) {
    return { email: req.email, rotated: false, reason: "bad_password" };
  }
  const newHash = await step("hash_password", () => Bun.password.hash(newPassword, { algorithm: "argon2id" }));
  const tokenId = await step("token_id", () => Bun.randomUUIDv7());
  const { rotated } = await rotateCredentials(req.email, newHash);
  return { email: req.email, rotated, tokenId, user: fingerprint(req.email) };
});
