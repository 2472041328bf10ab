export async function main(email: string, photoUrl: string | null, code: string, escaped: boolean) {
  const headline = escaped ? "You made it out!" : "So close - come back for revenge";
  return { to: email, subject: headline, photo: photoUrl, body: `Use ${code} for 15% off your next room.` };
}
