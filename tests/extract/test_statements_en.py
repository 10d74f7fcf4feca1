"""English statements: every construction of the statements stage, on sentences written for
the tests and resolved against Wednesday 27 August 2025."""
import pytest

from test_statements import analysed, check

# (text, the statements expected in order)
CASES = [
    # direct quotes: double, curly, single; attribution after, before (colon), split
    ('"We will not retreat," the commander of the 3rd brigade said on Tuesday.',
     [dict(kind="direct", speaker="commander", text="We will not retreat", cue="said", date="2025-08-26")]),
    ("'The bridge is destroyed,' the regional governor said.",
     [dict(kind="direct", speaker="governor", text="The bridge is destroyed")]),
    ("“This work is very valuable to us,” said Dmitry Peskov.",
     [dict(kind="direct", speaker="Peskov", text="This work is very valuable to us", channel=None, date=None)]),
    ("The governor wrote on Telegram: “Two people were killed overnight.”",
     [dict(kind="direct", speaker="governor", text="Two people were killed overnight.", cue="wrote",
           channel="Telegram")]),
    ("“We will win,” Zelensky said, “whatever it takes.”",
     [dict(kind="direct", speaker="Zelensky", text="We will win whatever it takes.")]),
    # a quote of several sentences, and one that goes on in the next sentence
    ("“They have not secured a stable position there. The fighting goes on,” Syrskyi told reporters.",
     [dict(kind="direct", speaker="Syrskyi", text="They have not secured a stable position there. The fighting goes on",
           channel=None)]),
    ('"The front is stable," Syrskyi said. "We are holding all our positions near the river."',
     [dict(kind="direct", speaker="Syrskyi", text="The front is stable"),
      dict(kind="direct", speaker="Syrskyi", text="We are holding all our positions near the river.")]),
    # indirect speech: with and without "that"; two statements of one subject
    ("The Kremlin said on Wednesday that it valued the mediation.",
     [dict(kind="indirect", speaker="Kremlin", text="it valued the mediation", date="2025-08-27", stance="asserts")]),
    ("Ukraine's air force said it downed 27 drones overnight.",
     [dict(kind="indirect", speaker="air force", text="it downed 27 drones overnight")]),
    ("The army confirmed that Russian troops had entered two villages but denied that Russia controlled them.",
     [dict(kind="indirect", speaker="army", text="Russian troops had entered two villages", stance="confirms"),
      dict(kind="indirect", speaker="army", text="Russia controlled them", stance="denies")]),
    ("On Tuesday, Ukraine's General Staff rejected the Russian claims as false, saying fighting was continuing.",
     [dict(kind="indirect", speaker="General Staff", text="the Russian claims as false", date="2025-08-26",
           stance="denies"),
      dict(kind="indirect", speaker="General Staff", text="fighting was continuing", cue="saying", date="2025-08-26")]),
    ("Russia accused Ukraine of shelling the plant.",
     [dict(kind="indirect", speaker="Russia", text="shelling the plant", stance="accuses")]),
    ("The ministry had announced the capture of nearby Dachne in July.",
     [dict(kind="indirect", speaker="ministry", text="the capture of nearby Dachne", cue="had announced",
           date="2025-07")]),
    # content before its attribution, with the subject before or after the cue
    ("Fighting continued near the river, regional governor Serhiy Lysak said on Telegram.",
     [dict(kind="indirect", speaker="Lysak", text="Fighting continued near the river", channel="Telegram")]),
    # "..., he said, while ...": the content goes on after its attribution (the span covers both)
    ("Regional governor Serhiy Lysak said two men were wounded. "
     "A 65-year-old was taken to hospital, he said, while the other man sought help on his own.",
     [dict(kind="indirect", speaker="Lysak", text="two men were wounded"),
      dict(kind="indirect", speaker="Lysak",
           text="A 65-year-old was taken to hospital, he said, while the other man sought help on his own")]),
    ("He said the attack happened on Tuesday.", []),  # "he" with nobody before it to refer to
    # mixed: reported speech with a quoted fragment
    ("Zelensky said Russia kept sending “negative signals” about the talks.",
     [dict(kind="mixed", speaker="Zelensky", text="Russia kept sending “negative signals” about the talks")]),
    # a pronoun refers back to the last compatible speaker
    ("Kremlin spokesman Dmitry Peskov told reporters that Moscow appreciated the effort. "
     "“This work is very valuable,” he added.",
     [dict(kind="indirect", speaker="Peskov", cue="told", channel=None),
      dict(kind="direct", speaker="Peskov", cue="added", date=None)]),
    ("Ukraine's military conceded that Russian groups had entered two villages. "
     "Moscow holds neither of them, it insisted.",
     [dict(kind="indirect", speaker="military"),
      dict(kind="indirect", speaker="military", text="Moscow holds neither of them")]),
    # a description that the next sentence names
    ("Small groups entered two villages, a military spokesman said on Wednesday. Viktor Trehubov, "
     "spokesman for the eastern group, told NBC News that the fighting continued.",
     [dict(kind="indirect", speaker="Trehubov", date="2025-08-27"),
      dict(kind="indirect", speaker="Trehubov", channel="NBC")]),
    # "the ministry" points back to the ministry named before
    ("Russia's Defence Ministry said its forces had captured Filiia. “Units have freed the settlement,” "
     "the ministry said in its daily update on Telegram.",
     [dict(kind="indirect", speaker="Defence Ministry", text="its forces had captured Filiia"),
      dict(kind="direct", speaker="Defence Ministry", channel="Telegram")]),
    # an organisation, a source phrase
    ("DeepState reported that Russian forces had advanced near Pokrovsk.",
     [dict(kind="indirect", speaker="DeepState")]),
    ("Russian troops entered the village, according to the General Staff.",
     [dict(kind="indirect", speaker="General Staff", text="Russian troops entered the village", cue="according to")]),
    ("According to DeepState, Russian forces have advanced near Pokrovsk.",
     [dict(kind="indirect", speaker="DeepState", text="Russian forces have advanced near Pokrovsk")]),
    # channels
    ("Zelensky said in an interview with CNN on Tuesday that Ukraine would not cede territory.",
     [dict(kind="indirect", speaker="Zelensky", channel="CNN", date="2025-08-26")]),
    ("Oleksandr Syrskyi told Reuters that the front was holding.",
     [dict(kind="indirect", speaker="Syrskyi", channel="Reuters")]),
    ("Zelensky wrote on X that Russia was dragging out the war.",
     [dict(kind="indirect", speaker="Zelensky", channel="X", cue="wrote")]),
    # a dateline is not part of the content; the date belongs to the saying, not the content
    ("KYIV, Aug 27 (Reuters) — Ukraine's General Staff said its forces repelled 40 attacks on Tuesday.",
     [dict(kind="indirect", speaker="General Staff", text="its forces repelled 40 attacks on Tuesday", date=None)]),
    # the speaker quotes himself: one statement, not two
    ("“I told him that we will meet,” Trump said.",
     [dict(kind="direct", speaker="Trump", text="I told him that we will meet")]),
]

# Texts with no statement: quoted terms, titles and nicknames, negated cues, questions.
NONE = [
    "Residents call the road “the highway of death”.",
    "The documentary “Mariupolis” was shown in Kyiv.",
    "Kyiv did not comment on the report.",
    "The ministry declined to say whether the talks would resume.",
    "Did the Kremlin say that it would attend?",
    "Writing on X, Zelensky thanked the partners.",
    "Dnipropetrovsk has never been formally claimed by Moscow.",
    "The Russian claims could not be verified.",
    "An official, who asked not to be named, arrived in Kyiv.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_english_statement(text, expected):
    check(analysed(text, "en"), expected)


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_english_text_without_statements(text):
    assert analysed(text, "en").statements == []
