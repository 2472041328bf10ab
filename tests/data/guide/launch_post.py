from wmill import task, workflow, sleep, parallel
import requests
def main(urls: list[str]):
    results = parallel(
        urls,
        lambda url: task(lambda: transform(task(lambda: requests.get(url).json()))),
        concurrency=5,
    )
    sleep(60) # suspend for 60s, release worker
    task(lambda: save_results(results))
    return {"processed": len(results)}
