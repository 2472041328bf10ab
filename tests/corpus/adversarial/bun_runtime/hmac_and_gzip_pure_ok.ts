// SDK: windmill-client 1.818.0 client.mjs: an HMAC of the inputs, Bun.gzipSync and a CryptoHasher are pure computations; every replay gets the same values.
import { createHmac } from "node:crypto";
import { task, workflow } from "windmill-client";

const deliver = task(async (body: string, signature: string, size: number) => ({ signature, size }));

export const main = workflow(async (payload: string, secret: string) => {
  const signature = createHmac("sha256", secret).update(payload).digest("hex");
  const size = Bun.gzipSync(new TextEncoder().encode(payload)).length;
  const etag = new Bun.CryptoHasher("sha1").update(payload).digest("hex");
  return await deliver(payload, `${signature}:${etag}`, size);
});
