"""Generated reports for the resume test and the ingest benchmark (benchmarks/ingest_bench.py).

Short wire-style texts in English and Spanish, each distinct: a templated lead (who says which
forces did what where, when), a quotation, and filler sentences drawn at random from common words,
so no two documents are near copies. Half are text files with a header block in sub-folders, half
are JSON Lines batches: both readers are exercised.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

VILLAGES = ["Zaporizke", "Novoheorhiivka", "Filiia", "Vorone", "Dachne", "Maliivka", "Pokrovske", "Mezhova",
            "Kostiantynivka", "Siversk", "Kupiansk", "Lyman", "Huliaipole", "Orikhiv", "Stepnohirsk"]
EN = {
    "sources": ["Russia's Defence Ministry", "Ukraine's General Staff", "a Ukrainian military spokesman",
                "the regional governor", "DeepState"],
    "verbs": ["had captured", "had entered", "had shelled", "were attacking", "had withdrawn from"],
    "lead": "{source} said on {weekday} that Russian forces {verb} the village of {village}.",
    "quote": "\"The situation around {village} remains difficult,\" the spokesman told reporters.",
    "words": ("people water city road winter power night morning school family field bridge river train town "
              "market price bread house light heat work child doctor hospital street car bus centre week month "
              "year report team group local army border district farm factory store window repair support").split(),
    "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
ES = {
    "sources": ["el Ministerio de Defensa de Rusia", "el Estado Mayor ucraniano", "un portavoz militar ucraniano",
                "el gobernador regional", "DeepState"],
    "verbs": ["habían tomado", "habían entrado en", "habían bombardeado", "atacaban", "se habían retirado de"],
    "lead": "Las fuerzas rusas {verb} la aldea de {village}, informó el {weekday} {source}.",
    "quote": "\"La situación en torno a {village} sigue siendo difícil\", dijo el portavoz a los periodistas.",
    "words": ("gente agua ciudad camino invierno energía noche mañana escuela familia campo puente río tren pueblo "
              "mercado precio pan casa luz calor trabajo niño médico hospital calle coche autobús centro semana "
              "mes año informe equipo grupo local ejército frontera distrito granja fábrica tienda ventana").split(),
    "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def report(number: int, rng: random.Random) -> dict[str, str]:
    lang, words = ("en", EN) if number % 2 == 0 else ("es", ES)
    published = dt.date(2025, 6, 1) + dt.timedelta(days=number % 120)
    village = rng.choice(VILLAGES)
    lead = words["lead"].format(source=rng.choice(words["sources"]), verb=rng.choice(words["verbs"]),
                                village=village, weekday=words["weekdays"][published.weekday()])
    filler = [" ".join(rng.choice(words["words"]) for _ in range(rng.randint(8, 14))).capitalize() + "."
              for _ in range(4)]
    text = f"{lead} {words['quote'].format(village=village)}\n\n{' '.join(filler)} (#{number})"
    return {"id": f"synthetic-{number:05d}", "text": text, "published": published.isoformat(),
            "source": f"Test Wire {number % 7}", "language": lang, "title": f"Report {number}"}


def write_reports(folder: Path, count: int, seed: int = 2025) -> Path:
    """``count`` reports under ``folder``: half as .txt files in sub-folders, half in .jsonl batches."""
    rng = random.Random(seed)
    reports = [report(n, rng) for n in range(count)]
    half = count // 2
    for n, r in enumerate(reports[:half]):
        path = folder / f"part{n // 100:02d}" / f"{r['id']}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        header = "".join(f"{k}: {r[k]}\n" for k in ("title", "source", "published", "language"))
        path.write_text(header.replace("published:", "date:") + "---\n" + r["text"] + "\n", encoding="utf-8")
    batches = folder / "batches"
    batches.mkdir(parents=True, exist_ok=True)
    for start in range(half, count, 500):
        lines = [json.dumps(r, ensure_ascii=False) for r in reports[start:start + 500]]
        (batches / f"batch{start:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
