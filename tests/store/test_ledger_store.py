"""The ledger on both back ends: migrations, atomic and idempotent writes, round trips, full text."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from frontwatch.errors import SchemaTooNew, StoreError
from frontwatch.models import Analysis, Document
from frontwatch.store import open_ledger
from frontwatch.store.migrations import MIGRATIONS

from ledger_backends import episode, ledger_url, settings  # noqa: F401  (fixtures)


def test_migrations_are_safe_to_run_again(ledger_url, settings):
    for _ in range(3):
        with open_ledger(ledger_url, settings) as ledger:
            with ledger.engine.connect() as conn:
                versions = conn.execute(text("SELECT version FROM schema_migrations ORDER BY version")).scalars().all()
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_a_newer_schema_is_refused(ledger_url, settings):
    with open_ledger(ledger_url, settings) as ledger, ledger.engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')"))
    with pytest.raises(SchemaTooNew, match="99"):
        open_ledger(ledger_url, settings)


def test_an_analysis_reads_back_whole(ledger_url, settings):
    analyses = episode()
    with open_ledger(ledger_url, settings) as ledger:
        for analysis in analyses:
            ledger.add(analysis, origin=analysis.document.id)
        stored = list(ledger.stored_analyses())
    first_seen: dict[str, dict] = {}
    for analysis in analyses:  # actors and places are shared: the first analysis to mention one records it
        for record in analysis.actors + analysis.places:
            first_seen.setdefault(record.id, record.to_dict())
    for got, want in zip(stored, analyses, strict=True):
        got_dict, want_dict = got.analysis.to_dict(), want.to_dict()
        for key in ("document", "statements", "events"):
            assert got_dict[key] == want_dict[key]
        for key in ("actors", "places"):
            assert got_dict[key] == [first_seen[r["id"]] for r in want_dict[key]]
        assert got.analysis.document.text == want.document.text
    assert stored[0].document.origin == analyses[0].document.id


def test_the_same_document_is_stored_once(ledger_url, settings):
    analysis = episode()[0]
    with open_ledger(ledger_url, settings) as ledger:
        first = ledger.add(analysis)
        before = ledger.counts()
        again = ledger.add(analysis)
        assert (first.status, again.status, again.document_id) == ("stored", "duplicate", first.document_id)
        assert ledger.counts() == before


def test_a_failed_write_leaves_nothing_behind(ledger_url, settings, monkeypatch):
    analysis = episode()[0]
    with open_ledger(ledger_url, settings) as ledger:
        def fail(*_args):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(ledger.backend, "index_text", fail)  # the last step of a document's transaction
        with pytest.raises(RuntimeError):
            ledger.add(analysis)
        counts = ledger.counts()
    assert set(counts.values()) == {0}, counts


def test_a_syndicated_copy_is_linked_to_the_first_copy(ledger_url, settings):
    by_name = {a.document.id: a for a in episode()}
    original = by_name["en_meridian_2025-08-25_russia-claims-zaporizke"]
    copy = by_name["en_meridian_2025-08-25_russia-claims-zaporizke_danubecourier-copy"]
    other = by_name["en_meridian_2025-08-21_russia-says-it-took-novoheorhiivka"]
    with open_ledger(ledger_url, settings) as ledger:
        first = ledger.add(original)
        unrelated = ledger.add(other)
        linked = ledger.add(copy)
    assert unrelated.status == "stored"
    assert (linked.status, linked.syndicated_of) == ("syndicated", first.document_id)
    assert linked.similarity and linked.similarity >= settings.ingest.syndication_threshold


def test_full_text_search_folds_case_and_accents(ledger_url, settings):
    with open_ledger(ledger_url, settings) as ledger:
        for analysis in episode():
            ledger.add(analysis)
        names = lambda docs: {d.name for d in docs}  # noqa: E731
        assert "seed" in names(ledger.search_documents("moscu"))  # the body says "Moscú"
        assert names(ledger.search_documents("MOSCÚ")) == names(ledger.search_documents("moscu"))
        assert "es_meridiano_2025-08-26_ucrania-niega-zaporizke-novoheorhiivka" in names(
            ledger.search_documents("desinformacion"))
        assert len(ledger.search_documents("novoheorh*")) == 6
        best = ledger.search_documents("zaporizke acknowledged")[0]
        assert best.name.endswith("ukraine-acknowledges-loss-of-villages")
        assert ledger.search_documents("") == []
        text = "Генштаб спростовує захоплення Новогеоргіївки."
        ledger.add(Analysis(document=Document(id="uk", language="uk", text=text)))
        assert names(ledger.search_documents("новогеоргіїв*")) == {"uk"}
        assert names(ledger.search_documents("ГЕНШТАБ")) == {"uk"}
        hits = ledger.search_statements("liberated")
        assert {h.statement.speaker for h in hits} == {"ru_mod"}
        assert all("liberated" in h.statement.text for h in hits)


def test_a_bad_location_is_a_store_error(tmp_path, settings):
    with pytest.raises(StoreError, match="is a directory"):
        open_ledger(str(tmp_path), settings)
    with pytest.raises(StoreError, match="unsupported database"):
        open_ledger("mysql://somewhere/db", settings)
    with pytest.raises(StoreError, match="cannot open the ledger"):
        open_ledger("postgresql://postgres@127.0.0.1:1/nothing", settings)
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is not a database, just some text that is long enough " * 50)
    with pytest.raises(StoreError):
        open_ledger(str(not_a_db), settings)
