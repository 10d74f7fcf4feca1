"""The statements stage: contract, quotations, cues and data, on sentences written for the tests.

Per-language constructions are in ``test_statements_en.py`` and ``test_statements_es.py``;
the helpers here run the stages that statements read (sentences, actors, dates) on a text.
"""
from __future__ import annotations

import tomllib
import unicodedata

import pytest

from frontwatch.extract.cues import FINITE, GERUND, PARTICIPLE, SOURCE, lexicon_for
from frontwatch.extract.dates import find_dates
from frontwatch.extract.quotes import find_quotes
from frontwatch.extract.sentences import find_sentences
from frontwatch.extract.statement_grammar import grammar_for
from frontwatch.extract.statements import find_statements
from frontwatch.languages import LANG_ROOT, load_language
from frontwatch.models import STATEMENT_KINDS, Document
from frontwatch.resolve.actors import find_actors
from frontwatch.resource_set import default_resources
from frontwatch.work import Work

WEDNESDAY = "2025-08-27"
STANCES = {"asserts", "confirms", "denies", "accuses", "claims", "asks", "promises", "warns"}
CONTENT_KINDS = {"clause", "bare", "object"}


def analysed(text: str, lang: str, published: str = WEDNESDAY) -> Work:
    """The work record after the statements stage, with the stages it reads before it."""
    resources = default_resources()
    work = Work(document=Document(id="t", text=text, language=lang, published=published, source="Test"),
                lang=resources.language(lang))
    for stage in (find_sentences, find_actors, find_dates, find_statements):
        work = stage(work, resources)
    return work


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if c.isalnum() or c.isspace()).split())


def goes_by(work: Work, actor_ref: str | None, expected: str) -> bool:
    """Does the actor (id or plain name) go by a name that contains ``expected``?"""
    actor = work.actors.get(actor_ref or "")
    names = [actor.name, *actor.aliases] if actor else [actor_ref or ""]
    return any(fold(expected) in fold(name) for name in names)


def check(work: Work, expected: list[dict]) -> None:
    """Statements match ``expected`` in order: kind, speaker, text, cue, channel, date."""
    got = work.statements
    assert len(got) == len(expected), [(s.kind, s.speaker, s.text) for s in got]
    for statement, want in zip(got, expected):
        assert statement.kind == want["kind"], statement
        assert goes_by(work, statement.speaker, want["speaker"]), (statement.speaker, want["speaker"])
        if "text" in want:
            assert statement.text == want["text"]
        if "cue" in want:
            assert statement.cue == want["cue"]
        if "channel" in want:
            if want["channel"] is None:
                assert statement.channel is None, statement.channel
            else:
                assert goes_by(work, statement.channel, want["channel"]), statement.channel
        if "date" in want:
            assert statement.date == want["date"]
        if "stance" in want:
            assert statement.extra["stance"] == want["stance"]


# -- the stage's contract ----------------------------------------------------------

def test_statements_are_numbered_in_text_order_with_offsets_into_the_text():
    text = ('"We will hold the line," the commander said. The ministry said on Tuesday that '
            "its forces had repelled 40 attacks, according to the General Staff.")
    work = analysed(text, "en")
    assert [s.id for s in work.statements] == [f"s{i}" for i in range(1, len(work.statements) + 1)]
    assert [s.start for s in work.statements] == sorted(s.start for s in work.statements)
    for statement in work.statements:
        assert statement.kind in STATEMENT_KINDS
        assert 0 <= statement.start < statement.end <= len(text)
        if statement.kind != "direct":
            assert text[statement.start:statement.end] == statement.text


def test_every_speaker_and_known_channel_is_an_actor_of_the_work():
    work = analysed("Local official Ivan Petrenko told Reuters that the shelling damaged 12 houses.", "en")
    (statement,) = work.statements
    assert statement.speaker in work.actors
    assert work.actors[statement.speaker].name == "Ivan Petrenko"
    assert statement.speaker.startswith("x:")  # guessed, never dropped


def test_the_cue_its_offsets_and_its_stance_travel_with_the_statement():
    text = "The army denied that Russian troops held the village."
    (statement,) = analysed(text, "en").statements
    assert statement.cue == "denied"
    assert text[statement.extra["cue_start"]:statement.extra["cue_end"]] == "denied"
    assert statement.extra["stance"] == "denies"


def test_a_quote_split_by_its_attribution_is_one_statement_of_joined_parts():
    text = '“We will win,” Zelensky said, “whatever it takes.”'
    (statement,) = analysed(text, "en").statements
    assert statement.kind == "direct"
    assert statement.text == "We will win whatever it takes."
    assert statement.start == text.index("We") and statement.end == text.index("takes.") + len("takes.")


def test_an_empty_text_or_one_without_cues_has_no_statements():
    assert analysed("Drones hit the port overnight.", "en").statements == []
    assert analysed("Los drones atacaron el puerto.", "es").statements == []


def test_the_stage_returns_the_work_with_its_other_fields_untouched():
    work = analysed("Zelensky said Russia kept sending negative signals.", "en")
    assert work.sentences and work.actor_mentions
    assert work.document.id == "t"


# -- quotations ------------------------------------------------------------------

def quotes_of(text: str, lang: str = "en") -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text, grammar_for(load_language(lang)).quotes)]


def test_quotation_marks_pair_in_every_style_and_nest():
    text = '“At the table he said, ‘Well, let’s meet,’ and left.” Then "yes" and «sí».'
    assert quotes_of(text, "es") == [
        "At the table he said, ‘Well, let’s meet,’ and left.", "Well, let’s meet,", "yes", "sí"]


def test_apostrophes_are_not_quotation_marks():
    assert quotes_of("Russia's army and the soldiers' families say it’s over.") == []


def test_a_quotation_left_open_ends_with_its_paragraph():
    text = "He asked: “Will you come?\n\nNo answer came."
    (quote,) = find_quotes(text, grammar_for(load_language("en")).quotes)
    assert not quote.closed and text[quote.inner_start:quote.inner_end] == "Will you come?"


def test_a_typographic_quotation_may_run_over_paragraphs():
    text = "“First paragraph.\n\nSecond paragraph.”"
    assert quotes_of(text) == ["First paragraph.\n\nSecond paragraph."]


# -- cue data --------------------------------------------------------------------

def cue_files():
    return sorted(LANG_ROOT.glob("*/cues.toml"))


@pytest.mark.parametrize("path", cue_files(), ids=lambda p: p.parent.name)
def test_cue_groups_name_known_stances_content_kinds_and_paradigms(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for group in data["verbs"]:
        assert group["stance"] in STANCES, group["stance"]
        assert set(group["content"]) <= CONTENT_KINDS
        assert set(group["stems"]) <= set(data["paradigms"]), "a stem list names an unknown paradigm"
    for group in data["sources"]:
        assert group["stance"] in STANCES and group["forms"]


@pytest.mark.parametrize("path", cue_files(), ids=lambda p: p.parent.name)
def test_every_noun_form_is_a_cue_form(path):
    lexicon = lexicon_for(load_language(path.parent.name))
    assert all(lexicon.lookup(form) for form in lexicon.noun_forms)


def test_spanish_forms_come_from_stems_and_paradigms():
    lexicon = lexicon_for(load_language("es"))
    assert lexicon.lookup("declaró")[0] == FINITE
    assert lexicon.lookup("anunciara")[0] == FINITE  # subjunctive: "después de que anunciara"
    assert lexicon.lookup("acusando")[0] == GERUND
    assert lexicon.lookup("reivindicado")[0] == PARTICIPLE
    assert lexicon.lookup("concluyó")[1].stance == "asserts"
    assert lexicon.lookup("negó")[1].stance == "denies"
    assert lexicon.lookup("según")[0] == SOURCE
    assert lexicon.lookup("dije") is None  # the writer speaking, not a report


def test_english_forms_come_from_stems_and_paradigms():
    lexicon = lexicon_for(load_language("en"))
    assert lexicon.lookup("announced")[0] == FINITE
    assert lexicon.lookup("denies")[1].stance == "denies"
    assert lexicon.lookup("saying")[0] == GERUND
    assert lexicon.lookup("according to")[0] == SOURCE
