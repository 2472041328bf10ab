type Event = {
  kind: "webhook" | "http" | "email";
  body: {
    id: string;
    customer: { email: string };
    line_items: { sku: string; quantity: number }[];
  };
  raw_string: string | null;
  headers: Record<string, string>;
};

export async function preprocessor(event: Event) {
  if (event.kind !== "webhook" && event.kind !== "http") {
    throw new Error(`Unexpected trigger: ${event.kind}`);
  }
  const order = event.body;
  return {
    order_id: order.id,
    email: order.customer.email,
    lines: order.line_items.map((l) => ({ sku: l.sku, quantity: l.quantity })),
  };
}
