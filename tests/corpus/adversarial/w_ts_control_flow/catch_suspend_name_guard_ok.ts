// SDK: windmill-client 1.818.0 isSuspendSignal checks name === "StepSuspend"; the guide asks to rethrow it before handling business errors
import { task, workflow } from "windmill-client";

const provisionTenant = task(async (tenantId: string, plan: string) => {
  const res = await fetch(`https://tenants.internal/${tenantId}`, { method: "PUT", body: JSON.stringify({ plan }) });
  if (!res.ok) throw new Error(`provisioning failed: ${res.status}`);
  return ((await res.json()) as { dbUrl: string }).dbUrl;
});

const rollbackTenant = task(async (tenantId: string) => {
  await fetch(`https://tenants.internal/${tenantId}`, { method: "DELETE" });
  return tenantId;
});

function isSuspension(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: string }).name === "StepSuspend";
}

export const main = workflow(async (tenantId: string, plan: string) => {
  try {
    const dbUrl = await provisionTenant(tenantId, plan);
    return { tenantId, dbUrl };
  } catch (e) {
    if (isSuspension(e)) throw e;
    await rollbackTenant(tenantId);
    return { tenantId, error: e instanceof Error ? e.message : String(e) };
  }
});
