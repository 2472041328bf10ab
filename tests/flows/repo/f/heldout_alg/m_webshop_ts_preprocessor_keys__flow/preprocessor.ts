export async function preprocessor(event: {
  kind: "webhook" | "http" | "email" | "kafka";
  body: any;
  raw_string: string | null;
  headers: Record<string, string>;
}) {
  if (event.kind !== "webhook") {
    throw new Error(`expected a webhook, got ${event.kind}`);
  }
  const payment = event.body.data.object;
  return {
    orderId: payment.metadata.order_id,
    amountCents: payment.amount_received,
    customer_email: payment.receipt_email,
  };
}
