export async function main(email: string, plan: "free" | "team" | "business", utm_source: string = "direct") {
  return { lead: { email, plan, source: utm_source }, created: true };
}
