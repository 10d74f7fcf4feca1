import codecs

import pytest

from frontwatch.errors import BinaryContent, UndecodableText
from frontwatch.ingest.decoding import decode_bytes

SPANISH = "El ejército ucraniano negó que Rusia hubiera asegurado una posición estable. Año, señales, Moscú."
ITALIAN = "Perché la città è già lì, ha dichiarato il portavoce."
UKRAINIAN = "Збройні сили України спростували інформацію про захоплення села Новогеоргіївка."
RUSSIAN = "Минобороны России заявило о взятии населённого пункта Запорожское."


@pytest.mark.parametrize("text,encoding", [
    (SPANISH, "latin-1"), (SPANISH, "cp1252"), (ITALIAN, "cp1252"), (SPANISH, "utf-8"),
    (UKRAINIAN, "cp1251"), (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (UKRAINIAN, "utf-8"),
])
def test_legacy_encodings_keep_accents_and_cyrillic(text, encoding):
    assert decode_bytes(text.encode(encoding), "f.txt") == text


def test_boms_are_honoured():
    assert decode_bytes(codecs.BOM_UTF8 + SPANISH.encode(), "f") == SPANISH
    assert decode_bytes(codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "f") == RUSSIAN


@pytest.mark.parametrize("data,what", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"%PDF-1.7\n", "PDF"),
    (b"PK\x03\x04rest", "ZIP"),
    (b"abc\x00\x00\x01\x02def", "NUL"),
])
def test_binary_content_is_refused_with_the_reason(data, what):
    with pytest.raises(BinaryContent) as err:
        decode_bytes(data, "picture.bin")
    assert "picture.bin" in str(err.value) and what in str(err.value)


def test_noise_that_is_no_text_in_any_encoding_is_refused():
    noise = bytes(range(0x80, 0x100)) * 8
    with pytest.raises((UndecodableText, BinaryContent)) as err:
        decode_bytes(noise, "noise.txt")
    assert "noise.txt" in str(err.value)
