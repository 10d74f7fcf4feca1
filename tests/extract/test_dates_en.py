"""English date expressions, resolved against Wednesday 27 August 2025."""
import datetime as dt

import pytest

from frontwatch.extract.dates import resolve_expression
from frontwatch.languages import load_language

WEDNESDAY = dt.date(2025, 8, 27)


def resolved(sentence, published=WEDNESDAY):
    return resolve_expression(sentence, load_language("en"), published)


# (sentence, the expression found, value, precision)
CASES = [
    ("Officials said today that talks would resume.", "today", "2025-08-27", "day"),
    ("Drones struck the port yesterday.", "yesterday", "2025-08-26", "day"),
    ("The envoy arrives tomorrow.", "tomorrow", "2025-08-28", "day"),
    ("The ministry said on Tuesday it had repelled attacks.", "on Tuesday", "2025-08-26", "day"),
    ("The Kremlin said on Wednesday it valued the mediation.", "on Wednesday", "2025-08-27", "day"),
    ("Russia said Friday it downed 20 drones.", "Friday", "2025-08-22", "day"),
    ("Earlier on Sunday, the General Staff reported shelling.", "Earlier on Sunday", "2025-08-24", "day"),
    ("The village fell last Tuesday.", "last Tuesday", "2025-08-26", "day"),
    ("The shelling resumed Tuesday night.", "Tuesday night", "2025-08-26", "day"),
    ("Talks resume next Monday.", "next Monday", "2025-09-01", "day"),
    ("Leaders meet this Friday in Geneva.", "this Friday", "2025-08-29", "day"),
    ("It happened on Tuesday last week.", "on Tuesday last week", "2025-08-19", "day"),
    ("Overnight, drones hit an oil depot.", "Overnight", "2025-08-27", "day"),
    ("He spoke this morning on national television.", "this morning", "2025-08-27", "day"),
    ("The strike came the day before yesterday.", "the day before yesterday", "2025-08-25", "day"),
    # a future cue before the weekday, in the same clause, points it forward
    ("The two will meet in New York on Friday, he added.", "on Friday", "2025-08-29", "day"),
    ("A day of mourning is to be held Saturday.", "Saturday", "2025-08-30", "day"),
    # ago
    ("Troops entered the village two days ago.", "two days ago", "2025-08-25", "day"),
    ("Troops entered the village 2 days ago.", "2 days ago", "2025-08-25", "day"),
    ("The offensive began three weeks ago.", "three weeks ago", "2025-08-06", "day"),
    ("A year ago, few expected this.", "A year ago", "2024", "year"),
    ("Two years have already passed since the liberation.", "Two years have already passed since", "2023", "year"),
    # weeks, months, years
    ("The ministry announced the capture last week.", "last week", "2025-08", "month"),
    ("Strikes intensified earlier this month.", "earlier this month", "2025-08", "month"),
    ("The front barely moved last year.", "last year", "2024", "year"),
    # absolute dates
    ("The deal was signed on August 20, 2025.", "on August 20, 2025", "2025-08-20", "day"),
    ("It announced the capture on Aug. 20.", "on Aug. 20", "2025-08-20", "day"),
    ("KYIV, Aug 24 (FW Wire) - Fighting continued.", "Aug 24", "2025-08-24", "day"),
    ("The truce expired on 20 August.", "on 20 August", "2025-08-20", "day"),
    ("The teams met in Jeddah on March 11th.", "on March 11th", "2025-03-11", "day"),
    ("Russia invaded in February 2022.", "in February 2022", "2022-02", "month"),
    ("Crimea was annexed in 2014.", "in 2014", "2014", "year"),
    ("In May, troops pushed west.", "In May", "2025-05", "month"),
    ("The offensive stalled in early June.", "in early June", "2025-06", "month"),
    ("Fighting has raged since mid-2022.", "since mid-2022", "2022", "year"),
    ("The memo is dated 8/27/2025.", "8/27/2025", "2025-08-27", "day"),
    ("Wednesday, August 27, 2025: the daily briefing.", "Wednesday, August 27, 2025", "2025-08-27", "day"),
    ("Waves of missiles came in the early hours.", "in the early hours", "2025-08-27", "day"),
    ("The attack on Christmas killed three.", "Christmas", "2024-12-25", "day"),
]


@pytest.mark.parametrize("sentence, expression, value, precision", CASES)
def test_expression_is_found_and_resolved(sentence, expression, value, precision):
    mention = resolved(sentence)
    assert mention is not None, sentence
    assert (mention.text, mention.value, mention.precision) == (expression, value, precision)


@pytest.mark.parametrize("sentence, value, value_end", [
    ("Fighting raged from August 24 to 26.", "2025-08-24", "2025-08-26"),
    ("Blackouts hit on Aug 24-26, 2025.", "2025-08-24", "2025-08-26"),
    ("Talks ran between 24 and 26 August.", "2025-08-24", "2025-08-26"),
])
def test_span_of_days(sentence, value, value_end):
    mention = resolved(sentence)
    assert (mention.value, mention.value_end, mention.precision) == (value, value_end, "day")


@pytest.mark.parametrize("sentence", [
    "The talks may be delayed.",               # "may" the verb, not the month
    "They march on the capital.",              # "march" the verb
    "The Sunday Times reported the claim.",    # a newspaper, not a day
    "Officials reported 2000 casualties.",
])
def test_no_date(sentence):
    assert resolved(sentence) is None


def test_a_whole_sentence_gives_every_expression_in_order():
    from frontwatch.extract.date_grammar import grammar_for
    from frontwatch.extract.dates import time_mentions

    text = "Umerov held talks in Qatar on Tuesday and in Saudi Arabia on Wednesday; the two will meet on Friday."
    found = [(m.text, m.value) for m in time_mentions(text, grammar_for(load_language("en")), WEDNESDAY)]
    assert found == [("on Tuesday", "2025-08-26"), ("on Wednesday", "2025-08-27"), ("on Friday", "2025-08-29")]
