export async function main(s3_key: string) {
  const url = `https://files.example.com/${s3_key}`;
  return { url, s3_key };
}
