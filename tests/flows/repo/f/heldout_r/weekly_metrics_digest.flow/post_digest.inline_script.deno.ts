export async function main(text: string, webhook?: string) {
  if (!webhook) {
    console.log(text)
    return { posted: false }
  }
  await fetch(webhook, { method: "POST", body: JSON.stringify({ text }) })
  return { posted: true }
}
