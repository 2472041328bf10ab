export async function main(email: string, charge_id: string, locale: "en" | "fr" = "en") {
  return { sent: true, email, charge_id, locale };
}
