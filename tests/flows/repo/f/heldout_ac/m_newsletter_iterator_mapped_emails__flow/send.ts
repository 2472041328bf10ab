export async function main(to: string, first_name: string, lang: string, issue: number) {
  const greeting = lang === "fr" ? `Bonjour ${first_name}` : `Hi ${first_name}`;
  console.log(`send issue #${issue} to ${to}: ${greeting}`);
  return { to, sent: true };
}
