// Wait a little between writes to rate-limited APIs.
export default function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
