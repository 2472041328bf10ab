const RULES: Array<[RegExp, string]> = [
  [/refund|chargeback|money back/i, "billing"],
  [/password|login|2fa|locked/i, "access"],
  [/crash|error|bug|broken/i, "engineering"],
];

export async function main(
  subject: string,
  description: string,
  maxQueueDepth: number,
  tags: string[] = [],
  dryRun?: boolean,
) {
  const text = `${subject}\n${description}`;
  const queue = RULES.find(([re]) => re.test(text))?.[1] ?? "general";
  const urgent = tags.includes("vip") || /urgent|asap|down/i.test(subject);
  return { queue, urgent, maxQueueDepth, dryRun: dryRun ?? false };
}
