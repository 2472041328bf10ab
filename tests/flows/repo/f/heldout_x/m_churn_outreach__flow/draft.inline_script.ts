export async function main(account_id: string, owner_email: string) {
  return {
    to: owner_email,
    subject: `Checking in on ${account_id}`,
    body: "We noticed your team has not logged in for a while...",
  };
}
