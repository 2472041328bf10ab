// SDK: windmill-client 1.818.0 client.mjs: URL, URLSearchParams, Intl and path helpers are pure computations in the body.
import { basename, join } from "node:path";
import { task, workflow } from "windmill-client";

const download = task(async (url: string, dest: string) => ({ url, dest }));

export const main = workflow(async (base: string, file: string, cents: number) => {
  const url = new URL(`/exports/${encodeURIComponent(file)}`, base);
  url.searchParams.set("format", "csv");
  const dest = join("/tmp", basename(file));
  const label = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
  const copy = structuredClone({ url: url.toString(), dest, label });
  return await download(copy.url, copy.dest);
});
