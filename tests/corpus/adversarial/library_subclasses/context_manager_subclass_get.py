# SDK: wmill 1.850.0 client.py: the body replays from the top; `with Weather() as http:` gives the `httpx.Client` subclass itself (`__enter__` returns the client), and `http.get` sends the request on every replay.
import httpx
from wmill import task, workflow


class Weather(httpx.Client):
    def __init__(self):
        super().__init__(base_url="https://api.weather.example.com", timeout=5)


@task()
async def plan(forecast: dict) -> str:
    return "indoor" if forecast.get("rain") else "outdoor"


@workflow
async def main(city: str):
    with Weather() as http:
        forecast = http.get(f"/v1/forecast/{city}").json()  # expect: WAC101
    return await plan(forecast)
