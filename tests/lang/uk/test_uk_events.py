"""Ukrainian events and claims: triggers in their gender, number and case forms, place nouns and
pronouns, the General Staff's constructions ("ворог намагався", "спростовує"), on sentences
written for the tests. Places come from a table (the gazetteer is tested in test_uk_places.py)."""
from lang_cases import claims, events_of, happened, of_type, place

ZAP = place("zaporizke", "Zaporizke")
NOVO = place("novoheorhiivka", "Novoheorhiivka")
POKROVSK = place("pokrovsk", "Pokrovsk", admin1="Donetsk Oblast")
KHARKIV = place("kharkiv", "Kharkiv", admin1="Kharkiv Oblast")
BUCHA = place("bucha", "Bucha", admin1="Kyiv Oblast")
UKRAINE = place("ukraine", "Ukraine", kind="country", admin1=None)
DNIPRO_OBL = place("dnipro_obl", "Dnipropetrovsk Oblast", kind="admin1")
PLACES = {
    "Запорізьке": ZAP, "Запорізькому": ZAP, "Запорізького": ZAP, "Новогеоргіївка": NOVO, "Новогеоргіївки": NOVO,
    "Новогеоргіївку": NOVO, "Покровська": POKROVSK, "Харкову": KHARKIV, "Харкові": KHARKIV, "Бучу": BUCHA,
    "Україна": UKRAINE, "України": UKRAINE, "Дніпропетровщині": DNIPRO_OBL,
}


def test_an_entry_into_two_named_villages_of_a_region():
    text = "Російські військові зайшли до сіл Запорізьке та Новогеоргіївка на Дніпропетровщині."
    [advance] = events_of(text, "uk", PLACES).events
    assert advance.type == "territory.advance"
    assert set(advance.places) == {"zaporizke", "novoheorhiivka", "dnipro_obl"}
    assert advance.actors == ["ru_army"]


def test_the_enemy_tried_to_advance_is_a_clash_not_an_advance():
    """"ворог намагався": the attempt took place (a clash), the advance did not."""
    work = events_of("Ворог шість разів намагався прорвати нашу оборону біля Покровська.", "uk", PLACES)
    assert happened(work) == [("attack.clash", ("pokrovsk",))]
    assert work.events[0].actors == ["ru_army"]


def test_the_general_staff_refutes_a_capture():
    text = "Генеральний штаб ЗСУ спростовує заяви ворога про захоплення Новогеоргіївки."
    [capture] = events_of(text, "uk", PLACES).events
    assert capture.type == "territory.capture" and capture.places == ["novoheorhiivka"]
    assert claims(capture) == {("ua_general_staff", "denies")}


def test_a_communique_of_the_general_staff_denies_in_its_own_name():
    """The publisher's third-person words are the document: its "спростовує" is its denial."""
    text = "Генеральний штаб ЗСУ спростовує неправдиві заяви про нібито захоплення населеного пункту Запорізьке."
    work = events_of(text, "uk", PLACES, source="General Staff of the Armed Forces of Ukraine")
    assert work.statements == []
    [capture] = work.events
    assert claims(capture) == {("ua_general_staff", "denies")}


def test_not_occupied_and_fighting_in_their_area():
    text = "Населені пункти Запорізьке та Новогеоргіївка не окуповані, в їхньому районі тривають бої."
    work = events_of(text, "uk", PLACES, source="General Staff of the Armed Forces of Ukraine")
    [capture] = of_type(work, "territory.capture")
    assert claims(capture) == {("ua_general_staff", "denies")}
    [fighting] = of_type(work, "attack.clash")
    assert set(fighting.places) == {"zaporizke", "novoheorhiivka"}


def test_the_russian_claim_and_its_denial_are_one_event_each_village():
    text = ("Російське міністерство оборони оголосило про захоплення Новогеоргіївки 20 серпня, а 25 серпня "
            "заявило, що його війська взяли Запорізьке. Вчора Генштаб ЗСУ спростував заяви росіян про "
            "захоплення цих сіл.")
    work = events_of(text, "uk", PLACES)
    assert sorted(happened(work)) == [("territory.capture", ("novoheorhiivka",)),
                                      ("territory.capture", ("zaporizke",))]
    for event in work.events:
        assert claims(event) == {("ru_mod", "asserts"), ("ua_general_staff", "denies")}
    assert sorted(e.date for e in work.events) == ["2025-08-20", "2025-08-25"]


def test_a_strike_on_a_city_in_the_dative():
    work = events_of("Росіяни завдали ракетного удару по Харкову. Три людини загинули.", "uk", PLACES)
    assert happened(work) == [("attack.strike", ("kharkiv",))]


def test_guided_bombs_used_against_a_city():
    text = "Цього тижня окупанти застосували проти Харкова понад сто керованих авіабомб."
    work = events_of(text, "uk", {**PLACES, "Харкова": KHARKIV})
    assert happened(work) == [("attack.strike", ("kharkiv",))]
    assert work.events[0].date == "2025-08"


def test_a_liberation_in_the_accusative():
    work = events_of("Торік українські війська звільнили Бучу.", "uk", PLACES)
    assert happened(work) == [("territory.capture", ("bucha",))]
    assert work.events[0].actors == ["ua_army"]


def test_a_date_of_month_and_year():
    work = events_of("Росія розпочала повномасштабне вторгнення в Україну у лютому 2022 року.", "uk",
                     {**PLACES, "Україну": UKRAINE})
    [invasion] = work.events
    assert (invasion.type, invasion.places, invasion.date) == ("attack.clash", ["ukraine"], "2022-02")


def test_what_is_not_an_event():
    for text in ["До повномасштабного вторгнення в Запорізькому мешкали близько 440 людей.",  # a time phrase
                 "Росіяни можуть захопити Запорізьке.",  # modal
                 "Сили оборони працюють, щоб вибити противника із Запорізького.",  # a goal
                 "Представники України взяли участь у зустрічі."]:  # an idiom with "взяли"
        assert events_of(text, "uk", PLACES).events == [], text


def test_a_genitive_name_is_no_subject():
    """"друзів України": the genitive is a complement, not who met."""
    text = "Він зібрав друзів України на саміт у Києві."
    work = events_of(text, "uk", {**PLACES, "Києві": place("kyiv", "Kyiv", admin1="Kyiv")})
    [summit] = work.events
    assert summit.type == "diplomacy.talks" and "ua_gov" not in summit.actors


def test_an_address_in_the_first_person_is_its_authors():
    """"нам вдалося досягти припинення вогню" in an address: the author is a party to the truce."""
    text = "Так, нам вдалося досягти припинення вогню на три доби."
    work = events_of(text, "uk", PLACES, source="Президент України",
                     title="Ми врятували людей – звернення Президента Володимира Зеленського")
    [truce] = work.events
    assert (truce.type, truce.actors) == ("diplomacy.agreement", ["zelensky"])
    assert claims(truce) == {("zelensky", "asserts")}


def test_aid_sanctions_and_an_exchange():
    text = ("Нідерланди оголосили новий пакет військової допомоги для України. ЄС запровадив санкції проти "
            "Росії. Україна та Росія провели обмін полоненими.")
    work = events_of(text, "uk", {**PLACES, "Росії": place("russia", "Russia", kind="country", admin1=None,
                                                           country="RU")})
    assert [e.type for e in work.events] == ["aid.military", "policy.sanctions", "exchange.prisoners"]
