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


def test_the_credit_of_a_wire_dateline_is_no_place():
    from frontwatch.resolve.places import credit_spans

    text = "MOSCOW, Aug 25 (Meridian Wire) - Russian forces...\nKYIV, 27 ago (Agencia Sur) – Las tropas..."
    assert [text[a:b] for a, b in credit_spans(text)] == ["Meridian Wire", "Agencia Sur"]
    # not a dateline: an ordinary sentence with brackets, or a lower-case start
    assert credit_spans("Russian forces took Zaporizke, a village (Dnipropetrovsk region) - ...") == []
    assert credit_spans("Near Kupiansk, on Monday (local time) the army said...") == []


def test_a_syndicated_copy_credits_its_wire_without_a_place(shared):
    from frontwatch.api import analyze_file
    from shared_paths import ROOT

    path = ROOT / "examples" / "ledger" / "en_meridian_2025-08-25_russia-claims-zaporizke_danubecourier-copy.txt"
    assert "Meridian" not in {p.name for p in analyze_file(path).places}
