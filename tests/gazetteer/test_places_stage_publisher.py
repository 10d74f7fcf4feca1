"""The publisher's own name in the text (a dateline) is never read as a place."""
from frontwatch.resolve.places import publisher_spans


def test_publisher_spans_cover_each_occurrence():
    text = "KYIV, Aug 25 (Meridian Wire) - ... Meridian Wire could not verify it."
    spans = publisher_spans(text, "Meridian Wire")
    assert [text[a:b] for a, b in spans] == ["Meridian Wire", "Meridian Wire"]


def test_one_word_outlets_and_no_outlet_block_nothing():
    assert publisher_spans("Kramatorsk (Kramatorsk) ...", "Kramatorsk") == []
    assert publisher_spans("anything", None) == []


def test_the_dateline_of_a_report_gives_no_place(shared):
    from frontwatch.api import analyze_file
    from shared_paths import ROOT

    analysis = analyze_file(ROOT / "examples" / "ledger" / "en_meridian_2025-08-25_russia-claims-zaporizke.txt")
    assert "Meridian" not in {p.name for p in analysis.places}
    assert "Zaporizke" in {p.name for p in analysis.places}
