export async function main(text: string, currency_hint = "EUR") {
  const total = Number((text.match(/total[:\s]+([\d.,]+)/i)?.[1] ?? "0").replace(",", ""))
  const vendor = text.split("\n")[0]?.trim() ?? ""
  return { vendor, total, currency: currency_hint }
}
