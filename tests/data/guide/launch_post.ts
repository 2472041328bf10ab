import { task, workflow, sleep, parallel } from 'windmill-client';
export async function main(urls: string[]) {
const results = await parallel(urls, async (url) => {
const data = await task(async () => {
const res = await fetch(url);
return res.json();
});
return await task(async () => {
return transform(data);
});
}, { concurrency: 5 });
await sleep(60); // suspend for 60s, release worker
await task(async () => {
await saveResults(results);
});
return { processed: results.length };
}
