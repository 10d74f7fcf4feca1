"""The pipeline contract: ordered stages, a pure analysis, offsets that point into the text."""
from frontwatch.models import Document
from frontwatch.pipeline import STAGES, analyze

from shared_paths import SEED


def seed_document():
    return Document(id="seed", text=SEED.read_text(encoding="utf-8"), language="es", published="2025-08-27",
                    source="ANSA")


def test_stages_run_in_the_documented_order():
    assert [name for name, _ in STAGES] == ["sentences", "actors", "places", "dates", "statements", "events"]


def test_analysis_is_a_pure_function_of_the_document(shared):
    first, second = analyze(seed_document()), analyze(seed_document())
    assert first.to_json() == second.to_json()


def test_offsets_point_into_the_text(shared):
    doc = seed_document()
    analysis = analyze(doc)
    for st in analysis.statements:
        assert 0 <= st.start < st.end <= len(doc.text)
        if st.kind == "direct":
            # a quote split by its attribution is its parts joined by a space
            assert doc.text[st.start:st.end].startswith(st.text.split(" ")[0])
        else:
            assert doc.text[st.start:st.end] == st.text
    for ev in analysis.events:
        assert 0 <= ev.start < ev.end <= len(doc.text)


def test_every_reference_resolves(shared):
    analysis = analyze(seed_document())
    actors = {a.id for a in analysis.actors}
    places = {p.id for p in analysis.places}
    statements = {s.id for s in analysis.statements}
    for st in analysis.statements:
        assert st.speaker in actors
    for ev in analysis.events:
        assert set(ev.actors) <= actors and set(ev.places) <= places
        for claim in ev.claims:
            assert claim.source in actors and set(claim.via) <= actors
            assert claim.statement is None or claim.statement in statements
