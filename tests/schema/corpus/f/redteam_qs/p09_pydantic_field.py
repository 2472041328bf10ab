from pydantic import BaseModel, Field
from typing import Optional


class Config(BaseModel):
    host: str = Field(..., description="hostname")
    port: int = Field(5432, ge=1, le=65535)
    ssl: bool = Field(default=True)
    tags: list[str] = Field(default_factory=list)
    timeout: Optional[float] = None


def main(config: Config, retries: int = Field(3)):
    return config
