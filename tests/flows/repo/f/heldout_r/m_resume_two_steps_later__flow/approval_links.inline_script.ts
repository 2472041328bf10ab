import * as wmill from "windmill-client"

export async function main(expense: { id: string; amount: number }) {
  const urls = await wmill.getResumeUrls("manager")
  return { expense, approvalPage: urls.approvalPage }
}
