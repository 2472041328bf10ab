"""Pydantic models the brewhouse scripts exchange."""

from pydantic import BaseModel, Field


class HopBill(BaseModel):
    batch_id: str
    variety: str
    grams: int = Field(gt=0)
