// SDK: windmill-client 1.818.0 index.d.ts: ./pipeline is a local module whose run() is not from the SDK; a plain main that fetches is an ordinary script, nothing is replayed.
import { run } from "./pipeline";

export async function main(url: string) {
  const res = await fetch(url);
  return run(await res.json());
}
