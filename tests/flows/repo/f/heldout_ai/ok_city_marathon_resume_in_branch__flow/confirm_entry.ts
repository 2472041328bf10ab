export async function main(email: string, bib: number) {
  return { to: email, subject: `Your bib: ${bib}`, body: "Collect it at the expo, photo ID required." };
}
