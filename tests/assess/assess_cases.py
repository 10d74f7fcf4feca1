"""Small hand-made ledgers for the assessment tests: documents, events and claims in a few lines."""
from __future__ import annotations

from frontwatch.models import Actor, Analysis, Claim, Document, Event, Place
from frontwatch.settings import Settings, load_settings
from frontwatch.store.records import StoredAnalysis, StoredDocument

ACTORS = {a.id: a for a in [
    Actor("ru_mod", "Ministry of Defence of Russia", kind="government", side="RU"),
    Actor("ru_army", "Armed Forces of Russia", kind="military", side="RU"),
    Actor("ua_gs", "General Staff of Ukraine", kind="military", side="UA"),
    Actor("ua_army", "Armed Forces of Ukraine", kind="military", side="UA"),
    Actor("deepstate", "DeepState", kind="osint", side="UA"),
    Actor("us_gov", "Government of the United States", kind="government", side="US"),
    Actor("wire", "Wire", kind="media"),
    Actor("paper1", "Paper One", kind="media"),
    Actor("paper2", "Paper Two", kind="media"),
]}
PLACES = {p.id: p for p in [
    Place("village", "Village", admin1="Dnipropetrovsk Oblast", country="UA"),
    Place("hamlet", "Hamlet", admin1="Dnipropetrovsk Oblast", country="UA"),
    Place("town", "Town", admin1="Donetsk Oblast", country="UA"),
    Place("dnipro_obl", "Dnipropetrovsk Oblast", kind="admin1", country="UA"),
]}


def settings(**environ: str) -> Settings:
    return load_settings(environ={"FRONTWATCH_HOME": "/nonexistent/frontwatch-test", **environ})


class Ledger:
    """Builds stored analyses by hand: ``report(day, source, events)`` adds one document."""

    def __init__(self) -> None:
        self.stored: list[StoredAnalysis] = []

    def report(self, published: str, events: list[Event], outlet: str = "Wire",
               syndicated_of: int | None = None) -> StoredDocument:
        number = len(self.stored) + 1
        document = StoredDocument(number, f"doc{number}", f"hash{number}", published, outlet, None, None, "en",
                                  None, syndicated_of, None)
        analysis = Analysis(document=Document(id=document.name, text="", published=published, source=outlet),
                            events=events)
        self.stored.append(StoredAnalysis(document, analysis))
        return document


def event(type_: str, places: list[str], claims: list[tuple[str | None, str]], actors: list[str] | None = None,
          date: str | None = None, local_id: str = "e1") -> Event:
    return Event(local_id, type_, actors=actors if actors is not None else ["ru_army"], places=places, date=date,
                 claims=[Claim(source=s, stance=st) for s, st in claims])


def capture(place: str, *claims: tuple[str | None, str], **kwargs: object) -> Event:
    return event("territory.capture", [place], list(claims), **kwargs)  # type: ignore[arg-type]
