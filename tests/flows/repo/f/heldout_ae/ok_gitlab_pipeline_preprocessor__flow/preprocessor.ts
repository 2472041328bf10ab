type WebhookEvent = {
  kind: "webhook" | "http";
  body: any;
  headers: Record<string, string>;
  query: Record<string, string>;
};

export async function preprocessor(event: WebhookEvent) {
  if (event.headers["x-gitlab-token"] !== process.env.GITLAB_WEBHOOK_SECRET) {
    throw new Error("bad webhook token");
  }
  const attrs = event.body.object_attributes ?? {};
  return {
    project: event.body.project?.path_with_namespace ?? "unknown",
    pipeline_id: attrs.id,
    ref: attrs.ref,
    status: attrs.status,
    author: event.body.user?.username ?? "unknown",
  };
}

export async function main(project: string, pipeline_id: number, ref: string, status: string, author: string) {
  return { project, pipeline_id, ref, status, author };
}
