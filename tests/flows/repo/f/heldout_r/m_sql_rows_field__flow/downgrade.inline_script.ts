export async function main(account_id: string, plan: "free" | "team" = "free") {
  return { account_id, plan }
}
