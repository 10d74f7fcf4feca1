"""The records of the gazetteer: rows read from each source, and the lookup result.

Source rows keep the publisher's own columns (and nothing else), so an importer is
a plain parser and every decision about joining them lives in ``compile``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Place

__all__ = ["GeonameRow", "PostalRow", "KatotthRow", "Admin1Row", "Candidate"]


@dataclass(frozen=True)
class GeonameRow:
    """One row of a GeoNames ``geoname`` table (cities15000.txt, UA.txt, allCountries.txt)."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    population: int


@dataclass(frozen=True)
class PostalRow:
    """One row of a GeoNames postal-code dump (UA.txt from export/zip)."""

    country: str
    postal_code: str
    place_name: str
    admin1_name: str
    admin1_code: str
    admin2_name: str
    admin3_name: str
    lat: float
    lon: float
    accuracy: int


@dataclass(frozen=True)
class KatotthRow:
    """One row of Ukraine's KATOTTH codifier: a unit and the codes of its parents.

    ``category``: O oblast, K city with special status, P raion, H hromada,
    M city, X settlement (селище), C village, B city district.
    """

    oblast: str
    raion: str
    hromada: str
    settlement: str
    district: str
    category: str
    name: str

    @property
    def code(self) -> str:
        return self.district or self.settlement or self.hromada or self.raion or self.oblast


@dataclass(frozen=True)
class Admin1Row:
    """One row of GeoNames admin1CodesASCII.txt."""

    country: str
    code: str
    name: str
    geonameid: int


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to, as a lookup returns it.

    ``admin1`` is the English name of the first-level region ("Dnipropetrovsk
    Oblast"); ``admin2`` the current district (raion); ``hromada`` the Ukrainian
    municipality. ``lat``/``lon`` are None when no source gives trustworthy
    coordinates (a KATOTTH village with no match, or coordinates a source copied
    from a homonym). ``score`` (0..1) says how well the name matched and how
    well the place fits the context given; it is only comparable within one lookup.
    """

    place_id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int | None = None
    geonames_id: int | None = None
    katotth: str | None = None
    score: float = 0.0
    admin1_code: str | None = None
    hromada: str | None = None
    name_local: str | None = None
    matched: str | None = None
    precision: str | None = None
    aliases: tuple[str, ...] = field(default=(), compare=False)

    def rescored(self, score: float, matched: str | None) -> Candidate:
        """This candidate with another score and matched name. Like dataclasses.replace, without
        the cost of __init__ (a frozen dataclass sets each of its 18 fields through
        object.__setattr__): the resolver makes one for every candidate of every mention."""
        copy = object.__new__(Candidate)
        copy.__dict__.update(self.__dict__, score=score, matched=matched)
        return copy

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def point(self) -> tuple[float, float] | None:
        return (self.lat, self.lon) if self.lat is not None and self.lon is not None else None

    def to_place(self, id: str | None = None) -> Place:  # noqa: A002 - the interface's name
        """The FORMAT.md place record; ``id`` defaults to the stable ``place_id``."""
        extra = {"precision": self.precision} if self.precision not in (None, "point") else {}
        return Place(id=id or self.place_id, name=self.name, kind=self.kind, country=self.country,
                     admin1=self.admin1, lat=self.lat, lon=self.lon, geonames_id=self.geonames_id,
                     aliases=list(self.aliases), extra=extra)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``geocode --json``."""
        return {"place_id": self.place_id, "name": self.name, "kind": self.kind, "country": self.country,
                "admin1": self.admin1, "admin2": self.admin2, "lat": self.lat, "lon": self.lon,
                "precision": self.precision, "population": self.population, "geonames_id": self.geonames_id,
                "katotth": self.katotth, "score": round(self.score, 3)}
