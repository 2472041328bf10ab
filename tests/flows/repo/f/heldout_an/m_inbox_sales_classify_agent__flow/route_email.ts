const QUEUES: Record<string, string> = {
  demo_request: "sales-demo",
  pricing: "sales-pricing",
  support: "support-l1",
  spam: "trash",
};

export async function main(sender: string, category: string) {
  return { sender, queue: QUEUES[category] ?? "sales-triage" };
}
