"""``PlaceDraft``: a place while the compiler assembles it from several sources.

A draft collects every name a place goes by, each with a weight (how much a match
on it is worth) and whether it may be read in running text without a cue word.
``name_rows`` turns the names into the lookup keys stored in SQLite.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .inflect import case_forms
from .names import coarse_latin, fold, guess_cyrillic_language, is_cyrillic, latin_forms, skeleton

__all__ = ["PlaceDraft", "NameForm", "Weight"]


class Weight:
    """How much a match on each kind of name is worth (the lookup's base score)."""

    OFFICIAL = 1.0      # the display name, the Ukrainian official name
    TRANSLIT = 0.95     # a standard transliteration of an official name
    ALTERNATE = 0.9     # GeoNames alternate names, press variants, other languages
    INFLECTED = 0.85    # a case form ("Новогеоргіївку", "Днепропетровской")


@dataclass(frozen=True)
class NameForm:
    text: str
    weight: float
    needs_cue: bool = False  # only read in text next to a cue ("Donetsk" the oblast: "Donetsk region")


@dataclass
class PlaceDraft:
    kind: str                      # country | admin1 | admin2 | settlement | feature
    name: str                      # display name, Latin script
    country: str | None
    admin1_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    name_local: str | None = None  # the name in the country's language (Ukrainian for UA)
    population: int | None = None
    geonames_id: int | None = None
    katotth: str | None = None
    raion: str | None = None       # KATOTTH code of the raion
    hromada: str | None = None     # KATOTTH code of the hromada
    admin2: str | None = None      # current raion, Latin
    hromada_name: str | None = None
    admin2_old: str | None = None  # the raion before 2020 (postal dump)
    feature_code: str | None = None
    postal_codes: int = 0          # how many postal codes the place has: a proxy for size
    council: str | None = None     # the postal dump's village council, "(Запорізька сільська рада)"
    source_id: str | None = None   # the id when neither GeoNames nor KATOTTH knows the place
    precision: str | None = None   # "hromada" when the point is the hromada's, not the place's own
    sources: set[str] = field(default_factory=set)
    note: str | None = None
    forms: list[NameForm] = field(default_factory=list)

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def point(self) -> tuple[float, float] | None:
        return (self.lat, self.lon) if self.lat is not None and self.lon is not None else None

    def add_name(self, text: str, weight: float = Weight.ALTERNATE, *, language: str | None = None,
                 needs_cue: bool = False, inflect: bool = True, transliterate: bool = True) -> None:
        """Add a name with, for Cyrillic, its transliterations and case forms."""
        text = text.strip()
        if not text:
            return
        self.forms.append(NameForm(text, weight, needs_cue))
        if not is_cyrillic(text):
            return
        language = language or guess_cyrillic_language(text)
        if transliterate:
            for latin in latin_forms(text, language):
                self.forms.append(NameForm(latin, min(weight, Weight.TRANSLIT), needs_cue))
        if inflect:
            for lang in ((language,) if language else ("uk", "ru")):
                for form in case_forms(text, lang):
                    self.forms.append(NameForm(form, min(weight, Weight.INFLECTED), needs_cue))

    def key_rows(self) -> Iterator[tuple[str, float, bool]]:
        """(folded key, weight, needs_cue), the best weight per key."""
        best: dict[str, tuple[float, bool]] = {}
        for form in self.forms:
            key = fold(form.text)
            if not key:
                continue
            old = best.get(key)
            if old is None or (form.weight, not form.needs_cue) > (old[0], not old[1]):
                best[key] = (form.weight, form.needs_cue)
        for key, (weight, needs_cue) in best.items():
            yield key, weight, needs_cue

    def skeletons(self) -> set[tuple[str, str]]:
        """(consonant frame, coarse spelling) of the nominative names; the query side strips
        case endings before taking its frame, so case forms need no frames of their own."""
        pairs = {(skeleton(f.text), coarse_latin(f.text)) for f in self.forms if f.weight > Weight.INFLECTED}
        return {(frame, spelling) for frame, spelling in pairs if len(frame) >= 2}

    def aliases(self, limit: int = 12) -> list[str]:
        """Distinct nominative names for Place.aliases, best first, the display name excluded."""
        seen = {fold(self.name)}
        out: list[str] = []
        for form in sorted(self.forms, key=lambda f: -f.weight):
            key = fold(form.text)
            if form.weight <= Weight.INFLECTED or key in seen:
                continue
            seen.add(key)
            out.append(form.text)
        return out[:limit]
