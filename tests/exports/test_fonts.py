"""A subset's map back to text is written once, and stays the map of that very subset."""

from __future__ import annotations

from exports.fonts import to_unicode_cmap


def test_each_subset_gets_the_map_of_its_own_characters() -> None:
    first = to_unicode_cmap("SheetSans", [32, ord("A"), 0x1F680])
    again = to_unicode_cmap("SheetSans", [32, ord("A"), 0x1F680])
    other = to_unicode_cmap("SheetSans", [32, ord("B"), 0x1F680])
    assert again == first
    assert "<01> <0041>" in first and "<01> <0042>" in other
    assert "<02> <D83DDE80>" in first, "an emoji is written in UTF-16"
    assert "/CMapName /SheetSans def" in first
    assert "/CMapName /SheetSansBold def" in to_unicode_cmap("SheetSansBold", [32, ord("A")])
