from frontwatch.extract.sentences import split_sentences

ABBR = frozenset({"sr", "ee.uu", "mr"})


def spans_match(text, sentences):
    return all(text[s.start:s.end] == s.text for s in sentences)


def test_quotes_of_several_sentences_stay_with_their_attribution():
    text = '"Vamos a ganar. No nos rendiremos", dijo el ministro. Luego se fue.'
    sentences = split_sentences(text, ABBR)
    assert [s.text for s in sentences] == ['"Vamos a ganar. No nos rendiremos", dijo el ministro.', "Luego se fue."]
    assert spans_match(text, sentences)


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "El Sr. García llegó a EE.UU. el lunes. Mr. J. Smith said so."
    assert [s.text for s in split_sentences(text, ABBR)] == [
        "El Sr. García llegó a EE.UU. el lunes.", "Mr. J. Smith said so."]


def test_paragraphs_split_and_offsets_hold():
    text = "Primera frase. Segunda frase.\n\n«Cita», dijo él. Сьогодні ворог атакував."
    sentences = split_sentences(text, ABBR)
    assert len(sentences) == 4
    assert spans_match(text, sentences)
