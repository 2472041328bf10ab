export async function preprocessor(event: {
  kind: "webhook";
  body: any;
  raw_string: string | null;
  query: Record<string, string>;
  headers: Record<string, string>;
}) {
  const topic = event.headers["x-shop-topic"] ?? "unknown";
  return {
    topic,
    order_id: String(event.body?.id ?? ""),
  };
}

export async function main(topic: string, order_id: string) {
  return { topic, order_id };
}
