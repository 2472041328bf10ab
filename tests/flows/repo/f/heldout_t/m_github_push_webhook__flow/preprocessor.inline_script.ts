export async function preprocessor(event: {
  kind: "webhook" | "http" | "email";
  body: any;
  raw_string: string | null;
  headers: Record<string, string>;
}) {
  if (event.kind !== "webhook") throw new Error(`unexpected trigger ${event.kind}`);
  if (event.headers["x-github-event"] !== "push") throw new Error("not a push event");
  const payload = event.body;
  return {
    repo: payload.repository.full_name,
    ref: payload.ref,
    after: payload.after,
  };
}
