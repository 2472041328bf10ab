export async function main(manager_email: string, subject: string, lines: string[], cc?: string[]) {
  console.log(manager_email, subject, lines.join("\n"), cc ?? [])
  return { sent: true }
}
