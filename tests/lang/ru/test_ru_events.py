"""Russian events and claims: the Ministry of Defence's bulletin formulae ("в результате
активных действий ... освобожден населенный пункт"), triggers in their gender, number and case
forms, on sentences written for the tests. Places come from a table."""
from lang_cases import claims, events_of, happened, of_type, place

ZAP = place("zaporizke", "Zaporizke")
NOVO = place("novoheorhiivka", "Novoheorhiivka")
VORONE = place("vorone", "Vorone")
MALIIVKA = place("maliivka", "Maliivka")
MARIUPOL = place("mariupol", "Mariupol", admin1="Donetsk Oblast")
UKRAINE = place("ukraine", "Ukraine", kind="country", admin1=None)
DNIPRO_OBL = place("dnipro_obl", "Dnipropetrovsk Oblast", kind="admin1")
PLACES = {
    "Запорожское": ZAP, "Запорожского": ZAP, "Новогеоргиевка": NOVO, "Новогеоргиевки": NOVO, "Вороное": VORONE,
    "Малиевка": MALIIVKA, "Мариуполе": MARIUPOL, "Украину": UKRAINE, "Украины": UKRAINE,
    "Днепропетровской области": DNIPRO_OBL,
}
MOD = "Ministry of Defence of the Russian Federation"


def test_the_ministrys_formula_of_a_liberated_settlement():
    text = ("Подразделениями группировки войск «Восток» в результате активных наступательных действий освобожден "
            "населенный пункт Запорожское Днепропетровской области.")
    work = events_of(text, "ru", PLACES, published="2025-08-25", source=MOD)
    [capture] = work.events
    assert capture.type == "territory.capture"
    assert set(capture.places) == {"zaporizke", "dnipro_obl"}
    assert claims(capture) == {("ru_mod", "asserts")}


def test_two_settlements_liberated_together_are_one_event():
    text = "Ранее подразделения группировки «Восток» освободили населенные пункты Вороное и Новогеоргиевка."
    work = events_of(text, "ru", PLACES, source=MOD)
    assert happened(work) == [("territory.capture", ("vorone", "novoheorhiivka"))]


def test_counterattacks_repelled_and_strikes_on_manpower():
    text = ("За сутки подразделения отразили контратаки штурмовых групп ВСУ в районе населенного пункта "
            "Запорожское. Расчеты беспилотников нанесли поражение живой силе ВСУ в районе Малиевка.")
    work = events_of(text, "ru", PLACES, published="2025-08-25", source=MOD)
    assert happened(work) == [("attack.clash", ("zaporizke",)), ("attack.strike", ("maliivka",))]
    assert [e.date for e in work.events] == ["2025-08-25", None]


def test_the_enemy_tried_to_break_through_is_a_clash():
    work = events_of("Противник трижды пытался прорвать оборону у Запорожского.", "ru", PLACES)
    assert happened(work) == [("attack.clash", ("zaporizke",))]


def test_a_refuted_capture_and_the_ministrys_own_claim():
    text = ("Генштаб ВСУ опроверг сообщения Минобороны России о захвате Запорожского. Накануне российское "
            "военное ведомство сообщило, что его подразделения освободили Запорожское.")
    [capture] = events_of(text, "ru", PLACES).events
    assert capture.places == ["zaporizke"]
    assert claims(capture) == {("ua_general_staff", "denies"), ("ru_mod", "asserts")}
    assert capture.date == "2025-08-26"


def test_a_hedge_of_the_publisher():
    text = "Минобороны России сообщило о взятии Новогеоргиевки. Независимо проверить это сообщение невозможно."
    [capture] = events_of(text, "ru", PLACES).events
    assert ("x:test-wire", "unverified") in claims(capture)


def test_a_bombed_theatre_and_fire_opened_on_civilians():
    text = ("Вчера российские военные разбомбили театр в Мариуполе. Российские военные также открыли огонь по "
            "мирным жителям.")
    work = events_of(text, "ru", PLACES)
    strikes = of_type(work, "attack.strike")
    assert [(e.places, e.date) for e in strikes] == [(["mariupol"], "2025-08-26"), ([], None)]
    assert strikes[1].actors == ["ru_army"]


def test_an_invasion_dated_by_month_and_year():
    [war] = events_of("Россия начала вторжение в Украину в феврале 2022 года.", "ru", PLACES).events
    assert (war.type, war.places, war.date) == ("attack.clash", ["ukraine"], "2022-02")


def test_what_is_not_an_event():
    for text in ["До войны в Запорожском жили около 440 человек.",
                 "Российские войска могут захватить Запорожское.",
                 "Делегации приняли участие в заседании."]:
        assert events_of(text, "ru", PLACES).events == [], text


def test_its_border_is_the_region_named_before():
    text = ("Днепропетровская область не входит в число регионов, на которые претендует Москва. О выходе своих "
            "войск к ее административной границе Минобороны России объявило в начале июня.")
    work = events_of(text, "ru", {**PLACES, "Днепропетровская область": DNIPRO_OBL})
    assert happened(work) == [("territory.advance", ("dnipro_obl",))]
    assert (work.events[0].date, claims(work.events[0])) == ("2025-06", {("ru_mod", "asserts")})
