"""The JSON Schemas of out/timeline.json and out/parity.json, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parity.models import Parity
from timeline.models import Timeline

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
SCHEMAS = {"timeline.schema.json": Timeline, "parity.schema.json": Parity}


def generate() -> dict[str, dict[str, Any]]:
    """Each schema file's content, as the models define the output today."""
    out = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema(by_alias=True, mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[name] = schema
    return out


def load(name: str) -> dict[str, Any]:
    """A committed schema file."""
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


def write() -> None:
    """Regenerate the committed schema files (run on purpose after a model change)."""
    for name, schema in generate().items():
        (SCHEMA_DIR / name).write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
