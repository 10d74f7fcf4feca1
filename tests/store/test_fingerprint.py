"""Content hashes (exact copies), MinHash signatures and their buckets (syndicated copies)."""
from frontwatch.store.fingerprint import buckets, content_hash, fold, minhash, normalise_url, similarity

from ledger_backends import EXAMPLES


def body(name: str) -> str:
    return (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8").split("---\n", 1)[1]


STORY = body("en_meridian_2025-08-25_russia-claims-zaporizke")
COPY = body("en_meridian_2025-08-25_russia-claims-zaporizke_danubecourier-copy")
OTHER = body("en_meridian_2025-08-29_ukraine-acknowledges-loss-of-villages")


def test_the_hash_ignores_white_space_but_not_words_or_the_url():
    base = content_hash("Russian forces  entered\nthe village.", "https://x.example/a")
    assert content_hash(" Russian forces entered the village. ", "https://X.example/a/#top") == base
    assert content_hash("Russian forces entered the village.", "https://x.example/a?utm_source=rss") == base
    assert content_hash("Russian forces left the village.", "https://x.example/a") != base
    assert content_hash("Russian forces entered the village.", "https://y.example/a") != base


def test_url_normalisation_keeps_what_identifies_a_page():
    assert normalise_url("HTTPS://Example.org/News/1/?b=2&a=1&fbclid=x#c") == "https://example.org/News/1?a=1&b=2"
    assert normalise_url(None) == ""


def test_folding_is_that_of_fts5_remove_diacritics_2():
    assert fold("Moscú, Zapórozhskoye, ÉLITE") == "moscu, zaporozhskoye, elite"
    assert fold("Новогеоргіївка Йошкар") == "новогеоргіївка йошкар"  # й and ї are letters, not accented ones


def test_a_lightly_edited_copy_is_similar_and_another_story_is_not():
    story, copy, other = minhash(STORY), minhash(COPY), minhash(OTHER)
    assert similarity(story, copy) >= 0.6
    assert similarity(story, other) < 0.1
    assert similarity(story, story) == 1.0
    assert similarity(story, ()) == 0.0


def test_copies_share_a_bucket_and_other_stories_do_not():
    story, copy, other = (set(buckets(minhash(t))) for t in (STORY, COPY, OTHER))
    assert story & copy
    assert not story & other


def test_a_signature_is_stable_and_fits_a_bigint():
    signature = minhash(STORY, size=16)
    assert len(signature) == 16 and signature == minhash(STORY, size=16)
    assert all(0 <= v < 2 ** 63 for v in signature + buckets(signature, 8))
    assert minhash("") == () and buckets(()) == ()
