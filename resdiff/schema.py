"""The published JSON schemas of resdiff's models."""

from __future__ import annotations

from typing import Any, Literal

SchemaName = Literal["draft", "comparison"]


def json_schema(name: SchemaName = "draft") -> dict[str, Any]:
    """The JSON schema of the :class:`~resdiff.model.Draft` (``"draft"``) or of the
    comparison report (``"comparison"``)."""
    if name == "draft":
        from .model import Draft

        schema = Draft.model_json_schema()
    else:
        from .model import Comparison

        schema = Comparison.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
