import pytest

from frontwatch.errors import DocumentTooLarge, EmptyDocument, InputError, UnreadableFile, UnsupportedLanguage
from frontwatch.ingest.header import split_header
from frontwatch.ingest.textfile import document_from_text, read_document

LANGS = ["en", "es"]
HEADER = "title: Algo pasó\noutlet: Agencia X\nurl: none\ndate: 2025-08-26\nlanguage: es\n---\nCuerpo del texto.\n"


def test_header_block_is_split_from_the_body():
    fields, body = split_header(HEADER)
    assert fields == {"title": "Algo pasó", "outlet": "Agencia X", "url": None, "date": "2025-08-26",
                      "language": "es"}
    assert body == "Cuerpo del texto.\n"


def test_text_without_a_header_is_all_body():
    text = "Kiev: las tropas avanzan.\nOtra línea.\n"
    assert split_header(text) == ({}, text)


def test_header_fills_the_document_and_options_override_it():
    doc = document_from_text(HEADER, "a.txt", supported=LANGS)
    assert (doc.id, doc.language, doc.published, doc.source, doc.title, doc.url) == (
        "a", "es", "2025-08-26", "Agencia X", "Algo pasó", None)
    doc = document_from_text(HEADER, "a.txt", supported=LANGS, published="2025-08-27", outlet="ANSA")
    assert (doc.published, doc.source) == ("2025-08-27", "ANSA")


def test_language_is_detected_when_not_given():
    text = "Las tropas rusas han entrado por primera vez en una región ucraniana clave, dijo el ejército."
    assert document_from_text(text, "b.txt", supported=LANGS).language == "es"
    text = "Russian troops entered a key Ukrainian region for the first time, the army said on Wednesday."
    assert document_from_text(text, "c.txt", supported=LANGS).language == "en"


def test_unsupported_language_names_the_language():
    text = "Die russischen Truppen sind zum ersten Mal in eine wichtige ukrainische Region eingedrungen."
    with pytest.raises(UnsupportedLanguage, match="'de'"):
        document_from_text(text, "d.txt", supported=LANGS)
    with pytest.raises(UnsupportedLanguage, match="'fr'"):
        document_from_text(HEADER.replace("language: es", "language: fr"), "e.txt", supported=LANGS)


def test_empty_text_and_empty_body_are_refused():
    with pytest.raises(EmptyDocument):
        document_from_text("  \n\t\n", "f.txt", supported=LANGS)
    with pytest.raises(EmptyDocument):
        document_from_text("title: x\n---\n\n", "g.txt", supported=LANGS)


def test_bad_publication_date_is_an_input_error():
    with pytest.raises(InputError, match="not an ISO date"):
        document_from_text(HEADER, "a.txt", supported=LANGS, published="27/08/2025")


def test_missing_file_directory_and_size_limit(tmp_path):
    with pytest.raises(UnreadableFile, match="no such file"):
        read_document(tmp_path / "missing.txt", supported=LANGS)
    with pytest.raises(UnreadableFile, match="directory"):
        read_document(tmp_path, supported=LANGS)
    big = tmp_path / "big.txt"
    big.write_text("palabra " * 200)
    with pytest.raises(DocumentTooLarge, match="big.txt"):
        read_document(big, supported=LANGS, max_bytes=100)


def test_a_header_can_say_the_date_is_unknown():
    doc = document_from_text(HEADER.replace("2025-08-26", "unknown"), "a.txt", supported=LANGS)
    assert doc.published is None
