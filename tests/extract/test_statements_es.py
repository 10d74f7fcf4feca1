"""Spanish statements: every construction of the statements stage, on sentences written for
the tests and resolved against el miércoles 27 de agosto de 2025."""
import pytest

from test_statements import analysed, check

# (text, the statements expected in order)
CASES = [
    # direct quotes: «», “”, "", attribution after (inverted: verb, then subject), before (colon), split
    ("«Vamos a ganar», dijo el ministro de Defensa, «cueste lo que cueste».",
     [dict(kind="direct", speaker="ministro de Defensa", text="Vamos a ganar cueste lo que cueste", cue="dijo")]),
    ('"Apreciamos los esfuerzos de paz", declaró hoy el portavoz del Kremlin, Dmitri Peskov.',
     [dict(kind="direct", speaker="Peskov", text="Apreciamos los esfuerzos de paz", date="2025-08-27",
           channel=None)]),
    ("“No hay tregua”, escribió Zelenski en X este miércoles.",
     [dict(kind="direct", speaker="Zelensky", text="No hay tregua", cue="escribió", channel="X", date="2025-08-27")]),
    ("El gobernador escribió en su canal de Telegram: «Dos personas murieron en el ataque».",
     [dict(kind="direct", speaker="gobernador", text="Dos personas murieron en el ataque", channel="Telegram")]),
    ("«No han asegurado una posición estable. Los combates continúan», aseguró este martes el Estado Mayor "
     "General de las Fuerzas Armadas de Ucrania.",
     [dict(kind="direct", speaker="Estado Mayor", text="No han asegurado una posición estable. Los combates continúan",
           date="2025-08-26")]),
    # a dropped subject takes the last speaker; a role and a name in apposition are one speaker
    ('El presidente ucraniano, Volodímir Zelenski, dijo que Rusia alarga la guerra. "Necesitamos medidas '
     'concretas", añadió.',
     [dict(kind="indirect", speaker="Zelensky", text="Rusia alarga la guerra"),
      dict(kind="direct", speaker="Zelensky", text="Necesitamos medidas concretas", cue="añadió", date=None)]),
    # "confirmó ..., aunque negó que ...": two statements, the second keeps the listener
    ("Un pequeño número de tropas entró en dos aldeas, confirmó el ejército ucraniano a NBC News, aunque negó "
     "que Rusia controle la zona.",
     [dict(kind="indirect", speaker="ejército ucraniano", text="Un pequeño número de tropas entró en dos aldeas",
           channel="NBC", stance="confirms"),
      dict(kind="indirect", speaker="ejército ucraniano", text="Rusia controle la zona", channel="NBC",
           stance="denies")]),
    ("El ejército ucraniano confirmó que las tropas rusas entraron en dos aldeas pero negó que controlen la zona.",
     [dict(kind="indirect", speaker="ejército ucraniano", stance="confirms"),
      dict(kind="indirect", speaker="ejército ucraniano", text="controlen la zona", stance="denies")]),
    # a relative clause between the subject and its cue; a gerund cue; mixed
    ('Kiev, que sigue acusando a Moscú de "dar señales negativas", declaró este miércoles que prepara los detalles.',
     [dict(kind="mixed", speaker="Kiev", cue="acusando", stance="accuses", date=None),
      dict(kind="indirect", speaker="Kiev", text="prepara los detalles", cue="declaró", date="2025-08-27")]),
    ('Moscú, que invadió Ucrania en febrero de 2022, también declaró que "no quiere hablar" de garantías.',
     [dict(kind="mixed", speaker="Moscú", text='"no quiere hablar" de garantías', date=None)]),
    ('El jefe de Estado ucraniano también informó que su delegación continúa "preparando las garantías".',
     [dict(kind="mixed", speaker="Zelensky", text='su delegación continúa "preparando las garantías"')]),
    # noun-phrase contents, perfect tenses, dates of the saying
    ("El Ministerio de Defensa ruso había reivindicado previamente la captura de ambas aldeas.",
     [dict(kind="indirect", speaker="Ministerio de Defensa", text="la captura de ambas aldeas",
           cue="había reivindicado", stance="claims", date=None)]),
    ("El Ministerio de Defensa ruso anunció la toma de Vorone. Ese mismo departamento había anunciado el 20 de "
     "agosto la toma de Novoheorhiivka y el día 16 había reivindicado la conquista de Dachne.",
     [dict(kind="indirect", speaker="Ministerio de Defensa", text="la toma de Vorone"),
      dict(kind="indirect", speaker="Ministerio de Defensa", text="la toma de Novoheorhiivka", date="2025-08-20"),
      dict(kind="indirect", speaker="Ministerio de Defensa", text="la conquista de Dachne", date="2025-08-16")]),
    ("Rusia acusó a Ucrania de bombardear la central nuclear.",
     [dict(kind="indirect", speaker="Rusia", text="bombardear la central nuclear", stance="accuses")]),
    # content first, then the inverted attribution; a dateline is not content
    ("Moscú, 25 ago (EFE).- Las tropas rusas han tomado Zaporizke, anunció el lunes el Ministerio de Defensa "
     "de Rusia, sin que Kiev se haya pronunciado.",
     [dict(kind="indirect", speaker="Ministerio de Defensa", text="Las tropas rusas han tomado Zaporizke",
           date="2025-08-25")]),
    ("Las tropas rusas han entrado en una región clave, dijo el ejército de Kiev el miércoles.",
     [dict(kind="indirect", speaker="ejército de Kiev", text="Las tropas rusas han entrado en una región clave",
           date="2025-08-27")]),
    # a source phrase before or after the content
    ("Según el grupo DeepState, las tropas rusas avanzaron cerca de Pokrovsk.",
     [dict(kind="indirect", speaker="DeepState", text="las tropas rusas avanzaron cerca de Pokrovsk", cue="Según")]),
    ("Las aldeas cayeron bajo control ruso, según el grupo ucraniano DeepState que rastrea el frente.",
     [dict(kind="indirect", speaker="DeepState", text="Las aldeas cayeron bajo control ruso", cue="según")]),
    # a speaker not in the registry is guessed, never dropped; channels of address
    ("La alcaldesa de Jersón, María López, explicó ayer que la ciudad estaba preparada.",
     [dict(kind="indirect", speaker="María López", date="2025-08-26")]),
    ("El secretario de Defensa, Lloyd Austin, dijo a los periodistas que veinte países enviarán ayuda.",
     [dict(kind="indirect", speaker="Austin", channel=None)]),
    ("La embajadora Linda Thomas-Greenfield declaró ante el Consejo de Seguridad de la ONU que Rusia debe "
     "rendir cuentas.",
     [dict(kind="indirect", speaker="Thomas-Greenfield", channel="Consejo de Seguridad")]),
    # the ministry's report speaks for the ministry
    ("El Ministerio de Defensa de Rusia anunció la toma de Filiia. «Las unidades han liberado la localidad», "
     "recoge el parte del ministerio difundido en su canal de Telegram.",
     [dict(kind="indirect", speaker="Ministerio de Defensa"),
      dict(kind="direct", speaker="Ministerio de Defensa", cue="recoge", channel="Telegram")]),
]

# Texts with no statement: quoted terms and titles, negated and impersonal cues, questions.
NONE = [
    'Los vecinos llaman a la carretera "la autopista de la muerte".',
    "La película «Mariupolis» se proyectó en Kiev.",
    "Kiev no confirmó la información.",
    "Se había escrito la palabra “niños” en el asfalto.",
    "¿Dijo Moscú que asistiría?",
    "Nuestra primera pregunta la formula una periodista.",
    "Dnipropetrovsk no figura entre los territorios que Rusia reclama como propios.",
    "Un funcionario, que pidió el anonimato, llegó a Kiev.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_spanish_statement(text, expected):
    check(analysed(text, "es"), expected)


@pytest.mark.parametrize("text", NONE, ids=[t[:40] for t in NONE])
def test_spanish_text_without_statements(text):
    assert analysed(text, "es").statements == []
