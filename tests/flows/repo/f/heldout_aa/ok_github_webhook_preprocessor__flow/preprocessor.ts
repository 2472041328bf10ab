export async function preprocessor(event: {
  kind: string;
  body: { ref: string; after: string; repository: { full_name: string }; pusher: { name: string } };
}) {
  if (event.body.ref !== "refs/heads/main") throw new Error(`ignoring push to ${event.body.ref}`);
  return {
    repo: event.body.repository.full_name,
    sha: event.body.after,
    pusher: event.body.pusher.name,
  };
}
