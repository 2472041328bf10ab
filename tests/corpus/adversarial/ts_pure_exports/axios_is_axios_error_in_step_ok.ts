// SDK: windmill-client 1.818.0 client.mjs: axios.isAxiosError is a type guard (no request); the request and the guard both run inside the step, and the body only reads its checkpointed result.
import axios from "axios";
import { step, task, workflow } from "windmill-client";

const record = task(async (url: string, status: number) => ({ url, status }));

function describe(e: unknown): string {
  if (axios.isAxiosError(e)) return `${e.code ?? "HTTP"} ${e.response?.status ?? ""}`.trim();
  return e instanceof Error ? e.message : String(e);
}

export const main = workflow(async (url: string) => {
  const probe = await step("probe", async () => {
    try {
      const r = await axios.head(url, { timeout: 5000 });
      return { status: r.status, error: null as string | null };
    } catch (e) {
      return { status: 0, error: describe(e) };
    }
  });
  const label = probe.error === null ? "ok" : describe(new Error(probe.error));
  return { label, saved: await record(url, probe.status) };
});
