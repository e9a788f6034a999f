"""A lineage's measure is found by the label its reports print ("arms embargo") as well as
by its kind ("arms_embargo"); a miss names the measures the texts do name (it said only
``KeyError('arms embargo')``)."""

from __future__ import annotations

import resdiff
from resdiff.lineage import lineage


def test_a_measure_is_found_by_its_label_and_a_miss_names_the_measures() -> None:
    # The report prints a measure by its label ("arms embargo"): the name a reader
    # types back; a miss said only KeyError('arms embargo').
    texts = [
        resdiff.parse(
            f"Resolution {n} (2020)\nof {d}\n\nThe Security Council,\n\n"
            "Acting under Chapter VII of the Charter of the United Nations,\n\n"
            "1. Decides that all States shall prevent the direct or indirect supply, sale "
            "or transfer of arms and related materiel of all types to Utopia;\n",
            paths=False,
        )
        for n, d in ((1, "1 May 2020"), (2, "1 May 2021"))
    ]
    lin = lineage(texts)
    assert lin.measure("arms embargo") is lin.measure("arms_embargo")
    assert lin.measure("Arms Embargo").kind == "arms_embargo"
    try:
        lin.measure("asset freeze")
    except KeyError as error:
        assert "arms_embargo (arms embargo)" in str(error)
    else:
        raise AssertionError("an unnamed measure was found")
