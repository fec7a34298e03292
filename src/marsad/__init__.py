"""marsad (مَرصَد, "observatory"): raw Arabic news from many outlets in; clean, de-duplicated, grouped and cited stories out.

Library first: the CLI and any web layer call these functions.

>>> import marsad
>>> analysis = marsad.analyze(["examples/seeds"], db=":memory:")   # doctest: +SKIP
>>> [s["documents"] for s in analysis["stories"]]                   # doctest: +SKIP
"""

from __future__ import annotations

from os import PathLike
from typing import Any

__version__ = "0.1.0"


def analyze(paths: list[str | PathLike], db: str | PathLike = ":memory:", settings: dict[str, Any] | None = None,
            progress: Any = None) -> dict[str, Any]:
    """Ingest ``paths`` into the store at ``db`` and return the analysis document of the whole store."""
    from . import analysis, pipeline
    from .settings import Settings
    from .store import Store

    chosen = Settings.build(settings)
    with Store(db) as store:
        pipeline.run(paths, chosen, store, progress=progress)
        return analysis.build(store, chosen)
