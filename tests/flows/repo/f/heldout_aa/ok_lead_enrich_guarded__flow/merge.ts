export function main(title: string | null, followers: number, sources_ok: number) {
  const technical = /engineer|developer|cto/i.test(title ?? "") || followers > 100;
  return { technical, confidence: sources_ok / 2 };
}
