export async function preprocessor(event: { kind: string; body: any; query: Record<string, string> }) {
  if (event.kind !== "webhook") throw new Error(`unexpected trigger ${event.kind}`);
  const body = event.body ?? {};
  return {
    email: String(body.email).toLowerCase(),
    plan: body.plan ?? "free",
    utm_source: event.query["utm_source"] ?? "direct",
  };
}
